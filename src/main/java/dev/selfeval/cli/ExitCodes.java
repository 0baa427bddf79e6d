package dev.selfeval.cli;

/** The fixed exit codes, documented in the README and in {@code --help}. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INPUT_UNREADABLE = 3;
    public static final int RULES_FAILED = 4;
    public static final int OUTPUT_FAILED = 5;
    public static final int OUT_OF_MEMORY = 6;

    /** Footer for {@code --help} of the tool and of {@code audit}: every code. */
    static final String HELP = """
            %n退出码：
              0  正常
              1  有达到 --fail-on 级别的发现
              2  命令用法有误
              3  有无法读取的输入（没有一张可读的表的文件）
              4  规则加载失败
              5  报告无法写出（磁盘已满、文件夹不存在），或 --save 无法保存到数据库
              6  内存不足：审核提前结束，已写出的报告保留""";

    /** Footer for {@code explain}. */
    static final String EXPLAIN = """
            %n退出码：
              0  正常
              2  命令用法有误（如没有这张表或这一项）
              3  文件无法读取
              4  规则加载失败
              5  结果无法写出""";

    /** Footer for {@code serve}. */
    static final String SERVE = """
            %n退出码（工作台一直运行到按 Ctrl-C 或结束进程；下面是启动不了时的）：
              2  命令用法有误（如绑定到非本机地址、端口已被占用）
              4  规则加载失败
              5  数据库或上传文件夹无法打开""";

    /** Footer for {@code convert}. */
    static final String CONVERT = """
            %n退出码：
              0  正常
              2  命令用法有误（如输出已存在而没有 --force）
              3  有无法读取的输入
              4  表式模板加载失败""";

    /** Footer for {@code gen}. */
    static final String GEN = """
            %n退出码：
              0  正常
              2  命令用法有误""";

    /** Footer for {@code bench}. */
    static final String BENCH = """
            %n退出码：
              0  正常
              2  命令用法有误
              4  规则加载失败""";

    /** Footer for {@code rules check}. */
    static final String RULES_CHECK = """
            %n退出码：
              0  规则无误，用例全部通过
              4  规则有误，或有用例失败""";

    /** Footer for {@code rules test}. */
    static final String RULES_TEST = """
            %n退出码：
              0  用例全部通过
              1  有用例失败
              2  命令用法有误（如用例文件夹不存在）
              4  规则加载失败""";

    /** Footer for {@code runs} and {@code runs show}. */
    static final String RUNS = """
            %n退出码：
              0  正常
              2  命令用法有误（如没有这次运行）
              3  数据库无法打开或读取""";

    /** Footer for {@code history}. */
    static final String HISTORY = """
            %n退出码：
              0  正常
              2  命令用法有误（如保存的运行中没有这个项目的表）
              3  数据库无法打开或读取""";

    private ExitCodes() {
    }
}
