package dev.selfeval.ingest;

import dev.selfeval.model.Form;

import java.util.List;

/**
 * What came out of one input file: its forms, or, when the file as a whole could not be read, why
 * ({@code error}, with the line when one is known). {@code encoding} is the charset the text was read in.
 */
public record FileResult(String file, String encoding, List<Form> forms, String error, int errorLine) {

    public static FileResult unreadable(String file, String error, int line) {
        return new FileResult(file, null, List.of(), error, line);
    }

    public boolean readable() {
        return error == null;
    }

    /** The error as {@code file:line: message}, the form auditors and editors jump to. */
    public String errorMessage() {
        return (errorLine > 0 ? file + ":" + errorLine : file) + ": " + error;
    }
}
