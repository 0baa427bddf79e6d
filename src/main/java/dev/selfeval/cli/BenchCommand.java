package dev.selfeval.cli;

import dev.selfeval.corpus.CorpusFormat;
import dev.selfeval.corpus.CorpusGenerator;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.InputFiles;
import dev.selfeval.model.Form;
import dev.selfeval.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.BENCH,
        description = "测量每秒审核的表数（生成的语料，或 --corpus DIR）：只读表；只跑规则（先读好至多 10,000 张表，轮流审核，"
                + "次数与语料表数相同）；端到端（读表、审核、JSONL 报告写到空处）。先跑 --warmup 轮让 JIT 编译器预热，再跑 --runs 轮，"
                + "每轮各阶段依次运行，使共享机器上的忙碌时段对各阶段影响相同。每个阶段一行，含中位轮的 JIT 编译时间；最后是内存峰值。")
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--forms", defaultValue = "10000", paramLabel = "N", description = "生成的表数（默认 ${DEFAULT-VALUE}，几秒跑完；测 10 万张用 --forms 100000）。")
    int forms;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "语料的随机种子（默认 ${DEFAULT-VALUE}）。")
    long seed;

    @Option(names = "--per-file", defaultValue = "100", paramLabel = "K", description = "每个文件的表数（默认 ${DEFAULT-VALUE}）。")
    int perFile;

    @Option(names = "--corpus", paramLabel = "DIR", description = "用这个文件夹里的表，而不是生成语料。")
    Path corpus;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|xlsx|docx|pdf",
            description = "生成语料的文件格式（默认 ${DEFAULT-VALUE}）；“只读表”即测量读这种格式。")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "工作线程数（默认：CPU 核数）。")
    Integer threads;

    @Option(names = "--only", paramLabel = "PHASE", description = "只跑一个阶段：parse、rules 或 e2e。")
    String only;

    @Option(names = "--stages", description = "不跑三个阶段，改为单线程测量每个环节（读表、规则、签名、扣分明细与 JSONL）"
            + "每张表的 CPU 时间和内存分配，取 --runs 轮的中位数。")
    boolean stages;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "K",
            description = "预热后计量的轮数；多于一轮时显示各阶段的中位数和最好成绩（默认 ${DEFAULT-VALUE}）。")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "K",
            description = "计量前各阶段先跑的轮数，让 JIT 编译器追上；编译器在前约 500,000 张表中一直在工作（默认 ${DEFAULT-VALUE}）。")
    int warmup;

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "不跑三个阶段，改为测量在这个数据库（SQLite 文件或 jdbc:postgresql:// 地址）中列出一页（100 张）表的时间："
                    + "最近一次（或 --run 指定的）保存的运行，按其表最多的主管部门和“警告或更严重”筛选，热身后取 --runs 轮（至少 20 轮）的中位数。")
    String db;

    @Option(names = "--serve", description = "不跑三个阶段，改为测量热的工作台（serve，本机 HTTP）：样本经 POST /api/runs 到保存完的运行，"
            + "语料打成 zip 上传到保存完（每秒表数），以及该运行表格第一页的响应时间。")
    boolean serve;

    @Option(names = "--run", paramLabel = "ID", description = "与 --db 同用：测量这次运行（默认最近一次）。")
    Long runId;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        if (only != null && !List.of("parse", "rules", "e2e").contains(only)) {
            System.err.println("selfeval bench: 不认识的 --only「" + only + "」；可用：parse、rules、e2e");
            return ExitCodes.USAGE;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || runs < 1 || warmup < 0) {
            System.err.println("selfeval bench: --threads 和 --runs 应为正整数，--warmup 不能为负");
            return ExitCodes.USAGE;
        }
        if (stages && only != null) {
            System.err.println("selfeval bench: --stages 测量每个环节，不能与 --only 同用");
            return ExitCodes.USAGE;
        }
        if (db != null) {
            return PageBench.run(Database.open(db), runId, Math.max(20, runs), System.out);
        }
        CorpusFormat corpusFormat = CorpusFormat.named(format);
        if (corpusFormat == null) {
            System.err.println("selfeval bench: --format 应为 text、xlsx、docx 或 pdf，而不是「" + format + "」");
            return ExitCodes.USAGE;
        }
        RuleSet ruleSet = rules.load(System.err);
        if (ruleSet == null) {
            return ExitCodes.RULES_FAILED;
        }
        Path dir = corpus;
        Path tmp = null;
        if (dir == null) {
            tmp = Files.createTempDirectory("selfeval-bench");
            new CorpusGenerator(seed).generate(forms, perFile, tmp, corpusFormat);
            dir = tmp.resolve("forms");
        }
        try {
            if (serve) {
                return ServeBench.run(ruleSet, dir, runs, warmup, n, System.out);
            }
            List<InputFile> files = InputFiles.expand(List.of(dir.toString())).files();
            if (stages) {
                System.out.printf("corpus %s: %,d files, rules %d%n", dir, files.size(), ruleSet.rules().size());
                new StageBench(ruleSet).run(files, runs, System.out);
                return ExitCodes.OK;
            }
            System.out.printf("corpus %s: %,d files, threads %d, rules %d%n", dir, files.size(), n, ruleSet.rules().size());
            Map<String, Phase> phases = new LinkedHashMap<>();
            if (only == null || only.equals("parse")) {
                phases.put("parse only", () -> BenchPhases.parse(files, n, ruleSet.templates()));
            }
            if (only == null || only.equals("rules")) {
                // up to 10,000 distinct forms parsed once, audited round-robin as often as the corpus is large
                List<Form> parsed = BenchPhases.readAll(files, BenchPhases.RULES_DISTINCT, ruleSet.templates());
                int total = (int) BenchPhases.parse(files, n, ruleSet.templates()).forms(); // the corpus's forms: one run of the parse phase
                phases.put("rules only", () -> BenchPhases.rules(ruleSet, parsed, total, n));
            }
            if (only == null || only.equals("e2e")) {
                phases.put("end to end", () -> BenchPhases.endToEnd(ruleSet, files, n));
            }
            // Warm-up rounds (on 2 cores the JIT compiler competes with the workers), then the measured rounds.
            for (int r = 0; r < warmup; r++) {
                for (Phase p : phases.values()) {
                    p.run();
                }
            }
            Map<String, List<Timing>> measured = new LinkedHashMap<>();
            phases.keySet().forEach(k -> measured.put(k, new ArrayList<>()));
            for (int r = 0; r < runs; r++) {
                for (Map.Entry<String, Phase> p : phases.entrySet()) {
                    measured.get(p.getKey()).add(p.getValue().run());
                }
            }
            measured.forEach(BenchCommand::report);
            if (measured.containsKey("rules only") && measured.containsKey("end to end")) {
                share(measured.get("rules only"), measured.get("end to end"));
            }
            System.out.printf("peak RSS %,d MB%n", peakRssKb() / 1024);
            return ExitCodes.OK;
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /** Forms done, wall time, CPU time of the whole process (all threads, GC and JIT included), JIT compile time. */
    record Timing(long forms, long nanos, long cpuNanos, long jitMillis) {
    }

    /** The clocks at the start of a phase's run. */
    record Start(long nanos, long cpuNanos, long jitMillis) {
        static Start now() {
            return new Start(System.nanoTime(), cpu(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        }

        Timing done(long forms) {
            return new Timing(forms, System.nanoTime() - nanos, cpu() - cpuNanos,
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMillis);
        }
    }

    private interface Phase {
        Timing run() throws Exception;
    }

    /**
     * One run: its figures. Several: the median run, then the best. CPU time is steadier than wall
     * time on a shared machine: it does not count time taken by neighbours.
     */
    private static void report(String phase, List<Timing> runs) {
        List<Timing> byWall = new ArrayList<>(runs);
        byWall.sort(Comparator.comparingLong(Timing::nanos));
        Timing median = byWall.get(byWall.size() / 2);
        System.out.printf("%-11s %,9d forms in %6.2f s = %,8.0f forms/s  (%.1f µs CPU a form, JIT %,d ms)", phase,
                median.forms(), median.nanos() / 1e9, rate(median), median.cpuNanos() / 1e3 / median.forms(),
                median.jitMillis());
        if (runs.size() > 1) {
            long bestCpu = runs.stream().mapToLong(Timing::cpuNanos).min().orElseThrow();
            System.out.printf("  median of %d; best %,.0f forms/s, %.1f µs CPU", runs.size(), rate(byWall.get(0)),
                    bestCpu / 1e3 / median.forms());
        }
        System.out.println();
    }

    /** End to end as a share of rules only: each round's forms/s compared, the median round shown. */
    private static void share(List<Timing> rules, List<Timing> e2e) {
        List<Double> shares = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            shares.add(rate(e2e.get(r)) / rate(rules.get(r)));
        }
        shares.sort(Comparator.naturalOrder());
        System.out.printf("end to end is %.0f%% of rules only%s%n", 100 * shares.get(shares.size() / 2),
                shares.size() > 1 ? String.format("  (median of %d rounds; %.0f%%–%.0f%%)", shares.size(),
                        100 * shares.get(0), 100 * shares.get(shares.size() - 1)) : "");
    }

    private static double rate(Timing t) {
        return t.forms() / (t.nanos() / 1e9);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Peak resident set size of this process (VmHWM), in kB; 0 where /proc is missing. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** Deletes a corpus the bench made, with all it holds. */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
