package dev.selfeval.ingest.pdf;

/**
 * A ruling line on a page, top-down coordinates in points: horizontal ({@code at} is its y, from
 * {@code from} to {@code to} in x) or vertical ({@code at} is its x, from {@code from} to {@code to} in y).
 */
record Segment(boolean horizontal, double at, double from, double to) {

    /** Whether a horizontal and a vertical line meet (or one touches the other's end). */
    boolean meets(Segment o, double tolerance) {
        if (horizontal == o.horizontal) {
            return Math.abs(at - o.at) <= tolerance && from <= o.to + tolerance && o.from <= to + tolerance;
        }
        Segment h = horizontal ? this : o;
        Segment v = horizontal ? o : this;
        return h.from - tolerance <= v.at && v.at <= h.to + tolerance && v.from - tolerance <= h.at
                && h.at <= v.to + tolerance;
    }
}
