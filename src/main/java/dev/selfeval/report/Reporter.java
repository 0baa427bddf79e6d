package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;

import java.io.IOException;

/**
 * Writes a report as the run goes: {@code begin}, then each form in output order, then
 * {@code end}. Reporters stream; none holds the sweep in memory.
 */
public interface Reporter {
    void begin(RunInfo run) throws IOException;

    void form(FormAudit audit) throws IOException;

    void end(Summary summary) throws IOException;
}
