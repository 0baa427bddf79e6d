package dev.selfeval.report;

import dev.selfeval.engine.run.FormSink;

import java.io.IOException;

/**
 * A report written as a sweep goes: {@code begin}; each form rendered into the reporter's own type
 * {@code R} (on any worker thread) and written (in output order); then {@code end} with the findings
 * of the run as a whole and the summary. Reporters stream: none holds the sweep in memory.
 */
public interface Reporter<R> extends FormSink<R> {
    void begin(RunInfo run) throws IOException;
}
