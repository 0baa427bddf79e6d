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

    /** Footer for {@code --help}. */
    static final String HELP = """
            %n退出码：
              0  正常
              1  有达到 --fail-on 级别的发现
              2  命令用法有误
              3  有无法读取的输入（没有一张可读的表的文件）
              4  规则加载失败
              5  报告无法写出（磁盘已满、文件夹不存在）
              6  内存不足：审核提前结束，已写出的报告保留""";

    private ExitCodes() {
    }
}
