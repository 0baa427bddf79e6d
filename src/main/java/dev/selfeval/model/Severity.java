package dev.selfeval.model;

/** How bad a finding is. Order matters: ERROR is the most severe. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** True when this severity is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
