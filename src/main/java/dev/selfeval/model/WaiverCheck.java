package dev.selfeval.model;

import java.time.LocalDate;

/** A waiver at the end of a run: whether it has expired and how many findings it accepted. */
public record WaiverCheck(Waiver waiver, LocalDate today, boolean expired, int matched) {
}
