package dev.selfeval.engine.load;

/** One reason the rules folder cannot be loaded, as {@code file:line:column: message}. */
public record LoadError(String file, int line, int column, String message) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}
