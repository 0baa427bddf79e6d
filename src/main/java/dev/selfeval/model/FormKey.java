package dev.selfeval.model;

/**
 * Which project a form is about, from the form itself and not from its file: its project code where
 * the form has one ({@code 编码 51000021R000000019951}), else its department and project name, each
 * folded as {@link ProjectNames} folds them ({@code 上海市宝山区城市运行管理中心/城运着装更换}). The implementing
 * unit is left out: a resubmission often fills in a unit left blank, and it is the same project. The
 * same key names the same project across renamed files, resubmissions and years; reports show it
 * beside the year, and baselines and waivers match findings by it.
 */
public final class FormKey {
    /** What a key from a project code starts with. */
    public static final String CODE = "编码 ";

    private FormKey() {
    }

    /** The key of a form with this header; "" for a header with nothing to tell the project by (no code, no name). */
    public static String of(Header h) {
        if (h == null) {
            return "";
        }
        if (h.projectCode() != null && !h.projectCode().isBlank()) {
            return CODE + h.projectCode();
        }
        String name = ProjectNames.key(h.projectName());
        String dept = ProjectNames.key(h.department());
        return name.isEmpty() ? "" : dept + "/" + name; // without a name nothing tells the project
    }

    /** Whether {@code text} names the project of key {@code key}: the key itself, or the project name folded. */
    public static boolean names(String text, String key, String projectName) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.strip();
        return t.equals(key) || !ProjectNames.key(t).isEmpty() && ProjectNames.key(t).equals(ProjectNames.key(projectName));
    }
}
