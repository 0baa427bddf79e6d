package dev.selfeval.web;

import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run the workbench was asked for, while it is queued and running: how far it has come, and at
 * the end the id it is saved under or why it failed. Its readers wait for a change
 * ({@link #awaitChange}) instead of polling.
 */
final class Job {
    enum Status { queued, running, done, failed }

    /** What the job is at one moment: as the API and the progress events give it. */
    record Snapshot(String job, String status, int files, int filesDone, long formsDone, double formsPerSecond,
                    Long secondsLeft, Long run, String error, List<String> refused) {
    }

    private final String id;
    private final int files;
    private final List<String> refused;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Status status = Status.queued;
    private int filesDone;
    private long formsDone;
    private long startedNanos;
    private Long run;
    private String error;
    private long version;

    Job(String id, int files, List<String> refused) {
        this.id = id;
        this.files = files;
        this.refused = List.copyOf(refused);
    }

    String id() {
        return id;
    }

    void started() {
        update(() -> {
            status = Status.running;
            startedNanos = System.nanoTime();
        });
    }

    void progress(int files, long forms) {
        update(() -> {
            filesDone = files;
            formsDone = forms;
        });
    }

    void done(long runId) {
        update(() -> {
            status = Status.done;
            run = runId;
        });
    }

    void failed(String why) {
        update(() -> {
            status = Status.failed;
            error = why;
        });
    }

    /** Waits until the job changes after {@code seen} (a {@link #version}) or the time is up; answers the version now. */
    long awaitChange(long seen, long millis) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + millis * 1_000_000L;
            while (version == seen && status != Status.done && status != Status.failed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(left);
            }
            return version;
        } finally {
            lock.unlock();
        }
    }

    Snapshot snapshot() {
        lock.lock();
        try {
            double seconds = startedNanos == 0 ? 0 : (System.nanoTime() - startedNanos) / 1e9;
            double rate = seconds > 0 ? formsDone / seconds : 0;
            double fileRate = seconds > 0 ? filesDone / seconds : 0;
            Long left = status == Status.running && fileRate > 0 ? Math.round((files - filesDone) / fileRate) : null;
            return new Snapshot(id, status.name(), files, filesDone, formsDone, Math.round(rate * 10) / 10.0, left, run, error, refused);
        } finally {
            lock.unlock();
        }
    }

    private void update(Runnable change) {
        lock.lock();
        try {
            change.run();
            version++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
