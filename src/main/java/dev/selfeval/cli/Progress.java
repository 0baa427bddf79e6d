package dev.selfeval.cli;

import dev.selfeval.engine.run.SweepProgress;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * A one-line progress display on stderr (forms done, forms/s, time left by files done), redrawn
 * four times a second. Only on a terminal: the launcher says whether stderr is one.
 */
final class Progress implements AutoCloseable, SweepProgress {
    /** Back to the line's start, and erase it (ANSI). */
    static final String CLEAR_LINE = "\r\u001b[K";
    private final PrintStream err;
    private final int totalFiles;
    private final long start = System.nanoTime();
    private final Thread thread;
    private volatile int files;
    private volatile long forms;
    private volatile boolean done;

    /** A progress line drawn on {@code err} (tests give their own stream). */
    static Progress on(PrintStream err, int totalFiles) {
        return new Progress(err, totalFiles);
    }

    private Progress(PrintStream err, int totalFiles) {
        this.err = err;
        this.totalFiles = totalFiles;
        thread = new Thread(() -> {
            while (!done) {
                draw();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "selfeval-progress");
        thread.setDaemon(true);
        thread.start();
    }

    /** A progress line when {@code show}, else one that draws nothing. */
    static Progress start(boolean show, int totalFiles) {
        return show ? new Progress(System.err, totalFiles) : null;
    }

    /** Whether stderr is a terminal, as the launcher found out ({@code -Dselfeval.stderr.tty=true}). */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("selfeval.stderr.tty") && System.getenv("NO_COLOR") == null;
    }

    @Override
    public void update(int filesDone, long formsDone) {
        files = filesDone;
        forms = formsDone;
    }

    private synchronized void draw() {
        double seconds = (System.nanoTime() - start) / 1e9;
        long rate = seconds > 0 ? Math.round(forms / seconds) : 0;
        String eta = files == 0 ? "—" : clock((long) (seconds * (totalFiles - files) / files));
        err.print(String.format("\r已审核 %,d 张表 · 文件 %,d/%,d · %,d 张/秒 · 剩余约 %s   ", forms, files, totalFiles, rate, eta));
        err.flush();
    }

    private static String clock(long s) {
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /**
     * The report's stream when it goes to the same terminal: each write first clears the progress
     * line and is shown at once, so that no report line runs into the progress line, which is drawn
     * again below the report at the next tick.
     */
    OutputStream above(OutputStream report) {
        return new FilterOutputStream(report) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synchronized (Progress.this) {
                    err.print(CLEAR_LINE);
                    err.flush();
                    out.write(b, off, len);
                    out.flush();
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
    }

    /** Draws the final state on its own line, so that the totals stay on screen. */
    @Override
    public synchronized void close() {
        done = true;
        thread.interrupt();
        draw();
        err.println();
        err.flush();
    }
}
