package dev.selfeval.corpus;

import java.util.SplittableRandom;

/**
 * The extraction quirks of the seed a generated form is written with. None of them may change
 * what the rules find: they test the reader, not the rules.
 */
record Quirks(boolean htmlTitle, Total total, boolean spacedLabels, boolean extraFundColumn, int headerGap,
              boolean thousands, boolean asciiColon, boolean benNian, boolean satisfactionShift,
              boolean mathComparators, boolean pageMarker) {

    enum Total { INLINE, LINES, MARKDOWN }

    /**
     * The quirks that are not artifacts of text extraction, for a form written as a workbook, a Word
     * table or a PDF page: no HTML title, no total spread over lines, no page marker line.
     */
    Quirks inGrid() {
        return new Quirks(false, Total.INLINE, spacedLabels, extraFundColumn, headerGap, thousands, asciiColon, benNian,
                satisfactionShift, mathComparators, false);
    }

    static Quirks random(SplittableRandom r) {
        int t = r.nextInt(10);
        return new Quirks(r.nextInt(10) == 0, t < 6 ? Total.INLINE : t < 8 ? Total.LINES : Total.MARKDOWN,
                r.nextBoolean(), r.nextInt(10) < 3, 1 + r.nextInt(2), r.nextBoolean(), r.nextInt(4) == 0,
                r.nextInt(10) == 0, r.nextInt(5) == 0, r.nextInt(10) < 3, r.nextInt(10) == 0);
    }
}
