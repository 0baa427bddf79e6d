package dev.selfeval.ingest.pdf;

/**
 * One character drawn on a page, top-down coordinates in points: {@code x} where it starts,
 * {@code baseline}, {@code width}, {@code size} (the font size).
 */
record Glyph(String text, double x, double baseline, double width, double size) {

    double end() {
        return x + width;
    }

    /** The top of the character's box, taken as most of the font size above the baseline. */
    double top() {
        return baseline - 0.8 * size;
    }

    double bottom() {
        return baseline + 0.2 * size;
    }
}
