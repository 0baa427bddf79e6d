package dev.selfeval.model;

/** Where something came from: the input file as the user named it, and a 1-based line (0 = whole file). */
public record SourceRef(String file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
