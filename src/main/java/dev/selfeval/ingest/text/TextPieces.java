package dev.selfeval.ingest.text;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

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

    private final String text;
    private final int minLines;
    private final Set<String> titleWords;
    private final Predicate<String> title;

    private TextPieces(String text, int minLines, Set<String> titleWords, Predicate<String> title) {
        this.text = text;
        this.minLines = minLines;
        this.titleWords = titleWords;
        this.title = title;
    }

    /**
     * @param titleWords words a title line contains (a quick look before {@code title} decides)
     * @param title      whether a line is a form's title
     */
    public static TextPieces of(String text, int minLines, Set<String> titleWords, Predicate<String> title) {
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
                while (at < text.length()) {
                    int end = lineEnd(at);
                    String l = text.substring(at, end);
                    if (titleWords.stream().anyMatch(l::contains) && title.test(l)) {
                        if (titled && lines >= minLines) {
                            break;
                        }
                        titled = true;
                    }
                    lines++;
                    at = nextLine(end);
                }
                start = at;
                line = firstLine + lines;
                return new Piece(text.substring(pieceStart, at), firstLine);
            }
        };
    }

    /** Where the line starting at {@code at} ends (its terminator, or the text's end). */
    private int lineEnd(int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Where the next line starts after a line ending at {@code end}. */
    private int nextLine(int end) {
        if (end >= text.length()) {
            return end;
        }
        return text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
}
