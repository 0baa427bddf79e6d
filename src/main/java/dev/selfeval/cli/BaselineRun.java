package dev.selfeval.cli;

import dev.selfeval.engine.run.Baseline;
import dev.selfeval.store.Database;
import dev.selfeval.store.RunQueries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --baseline run:12} (or {@code 12} where no file is so named): a saved run's findings as the baseline. */
final class BaselineRun {
    private static final Pattern RUN = Pattern.compile("(?:run:)?(\\d{1,18})");

    private BaselineRun() {
    }

    /** The run id {@code arg} names, or null when it names a report file. */
    static Long id(String arg) {
        Matcher m = RUN.matcher(arg.strip());
        if (!m.matches() || !arg.strip().startsWith("run:") && Files.exists(Path.of(arg))) {
            return null;
        }
        return Long.parseLong(m.group(1));
    }

    /** How a run keeps the baseline it was compared with: {@code run:12}, or the report file. */
    static String named(String arg) {
        Long id = id(arg);
        return id != null ? "run:" + id : arg;
    }

    /** The run's findings, or null (the reason told on standard error) when it cannot be had. */
    static Baseline read(DbOption db, long id) {
        try {
            Database d = db.open();
            Optional<Baseline> b = new RunQueries(d).baseline(id);
            if (b.isEmpty()) {
                System.err.println("selfeval: --baseline run:" + id + "：数据库 " + d.name() + " 中没有这次运行（或它没有保存完）；"
                        + "用 selfeval runs 查看已保存的运行");
                return null;
            }
            return b.get();
        } catch (IOException | RuntimeException e) {
            System.err.println("selfeval: --baseline run:" + id + "：无法读取数据库 " + db.shown() + "：" + e.getMessage());
            return null;
        }
    }
}
