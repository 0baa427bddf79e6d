package dev.selfeval.store;

import java.util.Locale;

/** What a user of the workbench may do; each role may do what the ones before it may. */
public enum Role {
    /** Read runs, forms and rules. */
    VIEWER("查看"),
    /** Run audits (and, to come, propose waivers). */
    AUDITOR("审核"),
    /** Edit rules and put them in force. */
    RULE_OWNER("规则管理"),
    /** Manage users. */
    ADMIN("管理员");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** A role by its English name (viewer, auditor, rule_owner, admin) or its Chinese one; null for neither. */
    public static Role named(String name) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(name == null ? "" : name.strip()) || r.chinese.equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** The name kept in the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
