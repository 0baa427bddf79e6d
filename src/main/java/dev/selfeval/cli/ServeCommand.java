package dev.selfeval.cli;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.store.Database;
import dev.selfeval.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Command(name = "serve", mixinStandardHelpOptions = true, footer = ExitCodes.SERVE,
        description = "启动审核工作台：本机上的网页，拖入自评表即审核，查看每张表的扣分明细、比较历次运行。"
                + "只在本机地址（127.0.0.1）上监听，打开地址需带启动时打印的令牌。")
final class ServeCommand implements Callable<Integer> {
    /** The addresses to bind that are this machine only ({@code ::1} written with or without brackets). */
    private static final Set<String> LOOPBACK = Stream.concat(Workbench.LOOPBACK.stream(), Stream.of("::1")).collect(Collectors.toSet());

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "端口（默认 ${DEFAULT-VALUE}；0 为任选一个空闲端口）。")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "监听的地址（默认 ${DEFAULT-VALUE}）；本机以外的地址只在多人模式（--team）下允许。")
    String host;

    @Option(names = "--team", description = "多人模式：用户用姓名和密码登录（selfeval users set 建立），按角色授权；令牌不再有效。"
            + "可以监听本机以外的地址，HTTPS 由反向代理提供（见 docs/deploy.md）。")
    boolean team;

    @Option(names = "--public-host", paramLabel = "HOST[:PORT]",
            description = "多人模式下用户访问本工作台所用的主机名（可多次给出，如反向代理的域名）；请求的 Host 头必须是其中之一。"
                    + "默认：--host 及本机名称。")
    List<String> publicHosts = new ArrayList<>();

    @Option(names = "--token", paramLabel = "TOKEN", description = "访问令牌（默认取环境变量 SELFEVAL_TOKEN，没有则随机生成）；脚本用它调用 API。")
    String token;

    @Option(names = "--root", paramLabel = "DIR", description = "允许在页面上选择其中的文件夹来审核（可多次给出）；此外只能上传。")
    List<Path> roots = new ArrayList<>();

    @Option(names = "--uploads", paramLabel = "DIR", description = "上传的文件存放处（默认在 SQLite 数据库文件旁的 uploads 文件夹）。")
    Path uploads;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "工作台的豁免文件（与 audit --waivers 格式相同）：每次审核都应用其中的豁免，批准的豁免申请写入其中"
                    + "（默认在 SQLite 数据库文件旁的 waivers.yaml）。")
    Path waivers;

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
        if (!LOOPBACK.contains(host) && !team) {
            System.err.println("selfeval serve: 不能绑定到 " + host + "：用令牌的工作台只供本机使用（127.0.0.1）；多人共用请加 --team，"
                    + "用户登录并按角色授权");
            return ExitCodes.USAGE;
        }
        if (team && !LOOPBACK.contains(host) && publicHosts.isEmpty()) {
            System.err.println("selfeval serve: 多人模式绑定到 " + host + " 时，请用 --public-host 给出用户访问本工作台所用的主机名"
                    + "（如 --public-host audit.example.gov.cn），以便检查请求的 Host 头");
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
        Workbench.Team teamMode = null;
        if (team) {
            int users = new dev.selfeval.store.Users(database).count();
            if (users == 0) {
                System.err.println("selfeval serve: 数据库 " + database.name() + " 中还没有用户：请先用 selfeval users set 姓名 --role admin 建立管理员");
                return ExitCodes.USAGE;
            }
            List<String> names = new ArrayList<>(publicHosts);
            if (LOOPBACK.contains(host)) {
                names.addAll(Workbench.LOOPBACK);
            }
            teamMode = new Workbench.Team(names);
        }
        Path folder = uploads != null ? uploads : db.sqliteFile().toAbsolutePath().getParent().resolve("uploads");
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Workbench bench;
        try {
            bench = Workbench.start(ruleSet, rules.folder(), database, new Workbench.Settings(host, port,
                    secret != null ? secret : Workbench.newToken(), roots, folder, maxUploadMb << 20, workers, VersionProvider.version(), teamMode,
                    waivers != null ? waivers : db.sqliteFile().toAbsolutePath().getParent().resolve("waivers.yaml")));
        } catch (IOException e) {
            System.err.println("selfeval serve: 无法使用上传文件夹 " + folder + "：" + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        } catch (io.javalin.util.JavalinBindException e) {
            System.err.println("selfeval serve: 端口 " + port + " 已被占用，请用 --port 换一个（或 --port 0 任选）");
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bench.close();
            stopped.countDown();
        }, "selfeval-serve-stop"));
        System.out.println("selfeval 工作台已启动：" + bench.address());
        System.out.println((team ? "用浏览器打开上面的地址登录" : "用浏览器打开上面的地址（含令牌）") + "；规则 " + ruleSet.rules().size() + " 条，运行保存在 " + database.name() + "；按 Ctrl-C 停止");
        System.out.flush();
        if (open) {
            Browser.open(bench.address());
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
