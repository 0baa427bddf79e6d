package dev.selfeval.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How saved values are shown to people, on the command line and in the workbench alike. */
public final class Shown {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Shown() {
    }

    /** A saved instant (a run's start, a change's time) in local time to the second; as saved when it is no instant. */
    public static String time(String instant) {
        if (instant == null) {
            return "";
        }
        try {
            return TIME.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** A rules fingerprint's first 12 characters, as people compare them. */
    public static String fingerprint(String fingerprint) {
        return fingerprint == null ? "—" : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
