package dev.selfeval.cli;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.store.Database;
import dev.selfeval.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true, footer = ExitCodes.SERVE,
        description = "启动审核工作台：本机上的网页，拖入自评表即审核，查看每张表的扣分明细、比较历次运行。"
                + "只在本机地址（127.0.0.1）上监听，打开地址需带启动时打印的令牌。")
final class ServeCommand implements Callable<Integer> {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "端口（默认 ${DEFAULT-VALUE}；0 为任选一个空闲端口）。")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "监听的地址；只允许本机地址（127.0.0.1、localhost、::1），多人共用的服务器需要用户和角色，尚未提供。")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "访问令牌（默认取环境变量 SELFEVAL_TOKEN，没有则随机生成）；脚本用它调用 API。")
    String token;

    @Option(names = "--root", paramLabel = "DIR", description = "允许在页面上选择其中的文件夹来审核（可多次给出）；此外只能上传。")
    List<Path> roots = new ArrayList<>();

    @Option(names = "--uploads", paramLabel = "DIR", description = "上传的文件存放处（默认在 SQLite 数据库文件旁的 uploads 文件夹）。")
    Path uploads;

    @Option(names = "--max-upload", defaultValue = "1024", paramLabel = "MB", description = "每次上传最多多少 MB（默认 ${DEFAULT-VALUE}；zip 解开后最多其 4 倍）。")
    long maxUploadMb;

    @Option(names = "--threads", paramLabel = "N", description = "审核的工作线程数（默认：CPU 核数）。")
    Integer threads;

    @Option(names = "--open", description = "启动后用默认浏览器打开工作台。")
    boolean open;

    @Mixin
    RulesOption rules;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws InterruptedException {
        if (!LOOPBACK.contains(host)) {
            System.err.println("selfeval serve: 不能绑定到 " + host + "：工作台目前只供本机使用（127.0.0.1）；多人共用需要用户和角色，尚未提供。"
                    + "请在本机打开，或由管理员通过反向代理提供");
            return ExitCodes.USAGE;
        }
        if (port < 0 || port > 65535 || maxUploadMb < 1) {
            System.err.println("selfeval serve: --port 应为 0 到 65535，--max-upload 应为正整数");
            return ExitCodes.USAGE;
        }
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                System.err.println("selfeval serve: --root " + root + " 不是文件夹");
                return ExitCodes.USAGE;
            }
        }
        String secret = token != null ? token : System.getenv("SELFEVAL_TOKEN");
        if (secret != null && secret.length() < 16) {
            System.err.println("selfeval serve: 令牌太短（至少 16 个字符），容易被猜中");
            return ExitCodes.USAGE;
        }
        RuleSet ruleSet = rules.load(System.err);
        if (ruleSet == null) {
            return ExitCodes.RULES_FAILED;
        }
        Database database;
        try {
            database = db.open();
        } catch (IOException e) {
            System.err.println("selfeval serve: 无法打开数据库 " + db.shown() + "：" + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        }
        Path folder = uploads != null ? uploads : db.sqliteFile().toAbsolutePath().getParent().resolve("uploads");
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Workbench bench;
        try {
            bench = Workbench.start(ruleSet, rules.folder(), database, new Workbench.Settings(host, port,
                    secret != null ? secret : Workbench.newToken(), roots, folder, maxUploadMb << 20, workers, version()));
        } catch (IOException e) {
            System.err.println("selfeval serve: 无法使用上传文件夹 " + folder + "：" + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof BindException || e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("bind")) {
                System.err.println("selfeval serve: 端口 " + port + " 已被占用，请用 --port 换一个（或 --port 0 任选）");
                return ExitCodes.USAGE;
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bench.close();
            stopped.countDown();
        }, "selfeval-serve-stop"));
        System.out.println("selfeval 工作台已启动：" + bench.address());
        System.out.println("用浏览器打开上面的地址（含令牌）；规则 " + ruleSet.rules().size() + " 条，运行保存在 " + database.name() + "；按 Ctrl-C 停止");
        System.out.flush();
        if (open) {
            Browser.open(bench.address());
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private static String version() {
        try {
            return new VersionProvider().getVersion()[0];
        } catch (IOException e) {
            return "selfeval";
        }
    }
}
