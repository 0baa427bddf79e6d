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
            %nExit codes:
              0  ok
              1  findings at or above --fail-on
              2  usage error
              3  input unreadable (a file with no readable form)
              4  rules failed to load
              5  the report could not be written (disk full, no such folder)
              6  out of memory: the run ended early, the report written so far is kept""";

    private ExitCodes() {
    }
}
