package dev.selfeval.cli;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.FormSink;
import dev.selfeval.store.Database;
import dev.selfeval.store.RunStart;
import dev.selfeval.store.SavingSink;

import java.io.IOException;
import java.util.List;

/** {@code audit --save}: the run's sink wrapped so that the run is saved as its report is written. */
final class SavedRun implements AutoCloseable {
    private final Database db;
    private final SavingSink<?> sink;

    private SavedRun(Database db, SavingSink<?> sink) {
        this.db = db;
        this.sink = sink;
    }

    static SavedRun start(DbOption option, List<String> inputs, RuleSet rules, FormSink<?> report, String baseline) throws IOException {
        Database db = option.open();
        RunStart start = RunStart.of(inputs, rules, VersionProvider.version());
        return new SavedRun(db, SavingSink.start(db, start, report, baseline == null ? null : BaselineRun.named(baseline), System.err));
    }

    FormSink<?> sink() {
        return sink;
    }

    /** Commits the run (once the report is whole) and answers what to tell. */
    String commit() throws IOException {
        sink.commit();
        return "已保存为运行 " + sink.runId() + "（" + db.name() + "）";
    }

    @Override
    public void close() {
        sink.close();
    }
}
