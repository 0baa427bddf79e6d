package dev.selfeval.ingest.text;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a long text into pieces of whole forms, one piece at a time: a piece runs for at least a
 * given number of lines and ends before the next line that is a form's title, so that no form
 * is split and each piece reads as a file of its own. Lines end at \n, \r\n or \r, as
 * {@link String#lines()} counts them.
 */
public final class TextPieces implements Iterable<TextPieces.Piece> {
    /** A piece's text and the file line it starts on. */
    public record Piece(String text, int firstLine) {
    }

    /** A line's end as {@link String#lines()} sees one: LF, CR LF or CR. */
    private static final Pattern LINE_END = Pattern.compile("\\r\\n|[\\n\\r]");

    private final String text;
    private final int minLines;
    private final Collection<String> titleWords;
    private final Predicate<String> title;

    private TextPieces(String text, int minLines, Collection<String> titleWords, Predicate<String> title) {
        this.text = text;
        this.minLines = minLines;
        this.titleWords = titleWords;
        this.title = title;
    }

    /**
     * @param titleWords words a title line contains (a quick look before {@code title} decides)
     * @param title      whether a line is a form's title
     */
    public static TextPieces of(String text, int minLines, Collection<String> titleWords, Predicate<String> title) {
        return new TextPieces(text, minLines, titleWords, title);
    }

    @Override
    public Iterator<Piece> iterator() {
        return new Iterator<>() {
            private int start;
            private int line = 1;

            @Override
            public boolean hasNext() {
                return start < text.length();
            }

            @Override
            public Piece next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int pieceStart = start;
                int firstLine = line;
                int lines = 0;
                boolean titled = false;
                int at = start;
                Matcher end = LINE_END.matcher(text);
                while (at < text.length()) {
                    boolean terminated = end.find(at);
                    String l = text.substring(at, terminated ? end.start() : text.length());
                    if (titleWords.stream().anyMatch(l::contains) && title.test(l)) {
                        if (titled && lines >= minLines) {
                            break;
                        }
                        titled = true;
                    }
                    lines++;
                    at = terminated ? end.end() : text.length();
                }
                start = at;
                line = firstLine + lines;
                return new Piece(text.substring(pieceStart, at), firstLine);
            }
        };
    }
}
