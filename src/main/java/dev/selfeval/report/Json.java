package dev.selfeval.report;

/** Renders report JSON with {@link JsonOut}. */
final class Json {
    private Json() {
    }

    interface Writer {
        void write(JsonOut g) throws java.io.IOException;
    }

    /** A writer per thread and layout, reused: a sweep renders a form every few microseconds. */
    private static final ThreadLocal<JsonOut> COMPACT = ThreadLocal.withInitial(() -> new JsonOut(false));
    private static final ThreadLocal<JsonOut> PRETTY = ThreadLocal.withInitial(() -> new JsonOut(true));

    /** One JSON value rendered to bytes, pretty (indented) or on one line. */
    static byte[] render(boolean pretty, Writer w) {
        return render(pretty, w, false);
    }

    /** One JSON value on one line, the line's newline included (JSON Lines). */
    static byte[] line(Writer w) {
        return render(false, w, true);
    }

    private static byte[] render(boolean pretty, Writer w, boolean newline) {
        JsonOut out = (pretty ? PRETTY : COMPACT).get();
        out.reset();
        try {
            w.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toBytes(newline);
    }
}
