package dev.selfeval.ingest.grid;

/** The whole file cannot be read as forms; the message says why, in Chinese, for the auditor. */
public class UnreadableInputException extends Exception {
    private final int line;

    public UnreadableInputException(String message, int line) {
        super(message);
        this.line = line;
    }

    public UnreadableInputException(String message) {
        this(message, 0);
    }

    /** 1-based line the problem was found at, or 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
