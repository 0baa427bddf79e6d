package dev.selfeval.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A report written beside its destination and moved into place only when it is whole: a run that is
 * interrupted (Ctrl-C, a kill, an error, lack of memory) leaves the report that was there as it was
 * and no part-written file, and two runs writing one destination never mix their lines.
 */
final class ReportFile implements AutoCloseable {
    private final Path target;
    private final Path partial;
    /** Opened once the hook is in place: a signal the moment the partial report appears still removes it. */
    private volatile OutputStream out;
    private final Thread onSignal;
    private volatile boolean done;

    private ReportFile(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
        this.onSignal = new Thread(this::interrupted, "selfeval-report-file");
        Runtime.getRuntime().addShutdownHook(onSignal);
    }

    /**
     * A new partial report in the destination's folder (created with the user's usual permissions). A
     * destination that is no plain file ({@code /dev/null}, a named pipe, a terminal) is written
     * to as it is: it has no content to keep, and it must never be replaced by a file. A symbolic
     * link is followed, so that the file it names is replaced, not the link.
     */
    static ReportFile open(Path target) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            ReportFile f = new ReportFile(target, null);
            try {
                f.out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
            } catch (IOException e) {
                f.done = true;
                f.close();
                throw e;
            }
            return f;
        }
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        ReportFile f = new ReportFile(real, real.getParent().resolve("." + real.getFileName() + "." + UUID.randomUUID() + ".part"));
        try {
            f.out = new BufferedOutputStream(Files.newOutputStream(f.partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            f.done = true;
            f.close();
            throw e;
        }
        return f;
    }

    OutputStream stream() {
        return out;
    }

    /** The report is whole: it takes the destination's place. */
    void commit() throws IOException {
        out.close();
        if (partial == null) {
            done = true;
            return;
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Without a commit, the partial report goes and the destination stays as it was. */
    @Override
    public void close() {
        if (!done) {
            discard();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs, or has run
        }
    }

    private void interrupted() {
        if (!done) {
            discard();
            System.err.println("\nselfeval: 审核被中断，报告未写出；" + target + " 保持原样");
        }
    }

    private void discard() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the partial report is deleted below either way
        }
        try {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            System.err.println("selfeval: 无法删除未写完的报告 " + partial + "：" + OutputCheck.reason(e));
        }
    }
}
