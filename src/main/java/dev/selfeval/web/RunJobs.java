package dev.selfeval.web;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.FormSink;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.run.Sweep;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.InputFiles;
import dev.selfeval.store.Database;
import dev.selfeval.store.RunStart;
import dev.selfeval.store.SavingSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The workbench's runs: one at a time, in the order asked, each a sweep of a folder on the shared
 * pipeline with the server's warm rules, saved to the database as it goes (the run is there once it
 * is whole). A job is known by its own id until it is saved; the last {@value #KEPT} jobs are kept
 * for their status.
 */
final class RunJobs implements AutoCloseable {
    private static final int KEPT = 200;

    /** The rules in force and the auditor on them, swapped together: a run never takes one without the other. */
    private record InForce(RuleSet rules, Auditor auditor) {
    }

    private volatile InForce inForce;
    private final Database db;
    private final ApprovedWaivers waivers;
    private final int threads;
    private final String version;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "selfeval-runs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    RunJobs(Database db, int threads, String version, ApprovedWaivers waivers) {
        this.db = db;
        this.waivers = waivers;
        this.threads = threads;
        this.version = version;
    }

    int threads() {
        return threads;
    }

    /** The rules in force: those the next runs use. */
    RuleSet rules() {
        return inForce.rules();
    }

    /** The rules the next runs use (a run under way keeps those it started with). */
    void use(RuleSet rules, Auditor auditor) {
        this.inForce = new InForce(rules, auditor);
    }

    /** Queues a sweep of {@code folder}; {@code refused} what the upload could not take. */
    Job submit(Path folder, List<String> refused) {
        List<InputFile> files = files(folder);
        Job job = new Job(Guard.newToken().substring(0, 12), files.size(), refused);
        synchronized (jobs) {
            jobs.put(job.id(), job);
            if (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        queue.submit(() -> run(job, folder, files));
        return job;
    }

    Job job(String id) {
        synchronized (jobs) {
            return jobs.get(id);
        }
    }

    /**
     * A folder's forms swept into {@code sink} with the rules and waivers given, outside the saved runs (a
     * preview, a report download): its own watchdog, since a sweep replaces the workers its watchdog gives
     * up and must not hear of another sweep's.
     */
    static Summary sweep(RuleSet rules, Path folder, FormSink<?> sink, Waivers waivers, int threads) throws IOException, InterruptedException {
        try (Watchdog watchdog = new Watchdog(Watchdog.FORM_LIMIT)) {
            return new Sweep<>(new Auditor(rules, watchdog), sink, threads, null, waivers, null).run(files(folder), (f, n) -> {
            });
        }
    }

    /**
     * A folder's files, named below the folder (as the run's forms are: the server's own paths stay
     * out of the report).
     */
    static List<InputFile> files(Path folder) {
        return InputFiles.expand(List.of(folder.toString())).files().stream().map(f -> {
            String name = folder.relativize(f.path()).toString().replace('\\', '/');
            return new InputFile(f.path(), name, name, f.unlisted());
        }).toList();
    }

    private void run(Job job, Path folder, List<InputFile> files) {
        job.started();
        InForce now = this.inForce;
        RuleSet rules = now.rules();
        Auditor auditor = now.auditor();
        RunStart start = RunStart.of(List.of(folder.toString()), rules, version);
        try (SavingSink<Object> saving = SavingSink.start(db, start, NOTHING, null, System.err)) {
            new Sweep<>(auditor, saving, threads, null, waivers.forRun(rules), null).run(files, job::progress);
            saving.commit();
            job.done(saving.runId());
        } catch (WaiverFile.Invalid e) {
            job.failed("豁免文件无法使用，未审核：" + e.getMessage());
        } catch (IOException e) {
            job.failed("审核未能完成：" + e.getMessage());
        } catch (InterruptedException e) {
            job.failed("工作台正在停止，审核被中断");
            Thread.currentThread().interrupt();
        } catch (RuntimeException | OutOfMemoryError e) {
            job.failed("审核出错：" + e);
        }
    }

    /** The run is kept in the database only: the sweep's own report goes nowhere. */
    private static final FormSink<Object> NOTHING = new FormSink<>() {
        @Override
        public Object render(FormAudit audit) {
            return null;
        }

        @Override
        public void write(Object form) {
        }

        @Override
        public void end(Summary summary, RunEnd end) {
        }
    };

    @Override
    public void close() {
        queue.shutdownNow();
    }
}
