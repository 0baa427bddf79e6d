package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;

import java.io.IOException;

/**
 * Writes a report as a sweep goes: {@code begin}; each form rendered (on any worker thread) and
 * written (in output order); then {@code end} with the findings of the run as a whole and the summary.
 * Reporters stream: none holds the sweep in memory.
 */
public interface Reporter {
    void begin(RunInfo run) throws IOException;

    /** Renders one form. Called from worker threads: must not touch shared state. */
    byte[] render(FormAudit audit);

    /** Writes one rendered form; called in output order. */
    void write(byte[] form) throws IOException;

    void end(Summary summary, RunEnd end) throws IOException;
}
