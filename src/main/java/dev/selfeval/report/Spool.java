package dev.selfeval.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes kept aside until the end of a run, for a report whose head depends on what follows it: in
 * memory up to {@code inMemory} bytes, past that in a temporary file readable by this user only
 * (removed on {@link #close}, or when the process ends), so that a sweep of any size keeps memory flat.
 */
final class Spool implements AutoCloseable {
    private final int inMemory;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
    private Path file;
    private OutputStream fileOut;

    Spool(int inMemory) {
        this.inMemory = inMemory;
    }

    void write(byte[] bytes) throws IOException {
        if (fileOut == null && memory.size() + bytes.length > inMemory) {
            file = Files.createTempFile("selfeval-report-", ".part"); // owner-only on a POSIX file system
            file.toFile().deleteOnExit();
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory = null;
        }
        (fileOut != null ? fileOut : memory).write(bytes);
    }

    /** Copies everything written so far to {@code out}. */
    void copyTo(OutputStream out) throws IOException {
        if (fileOut == null) {
            memory.writeTo(out);
            return;
        }
        fileOut.flush();
        Files.copy(file, out);
    }

    /** The temporary file the bytes went to, or null while they are in memory. */
    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            Files.deleteIfExists(file);
            fileOut = null;
        }
    }
}
