package dev.selfeval.store;

import java.io.IOException;

/** The database could not be opened, read or written; the message says why, in Chinese. */
public final class DatabaseException extends IOException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
