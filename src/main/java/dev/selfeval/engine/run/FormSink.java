package dev.selfeval.engine.run;

import dev.selfeval.engine.FormAudit;

import java.io.IOException;

/**
 * Where a sweep's audited forms go: each form rendered on the worker that audited it, into whatever
 * the sink writes ({@code R}: a line of text, a workbook's rows, a page section), then written in
 * input order on one thread; at the end, the run as a whole. A report is a sink.
 */
public interface FormSink<R> {

    /** Renders one form. Called from worker threads: must not touch shared state. */
    R render(FormAudit audit);

    /** Writes one rendered form; called in input order, on one thread. */
    void write(R form) throws IOException;

    /** The run's end: its totals, and what it found as a whole. */
    void end(Summary summary, RunEnd end) throws IOException;
}
