package dev.selfeval.engine.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule files are Java code run with the auditor's rights: a rule can end the run, start programs or
 * write files. {@code rules check} and {@code rules test} refuse rule text that does, unless the
 * auditor says the folder is trusted ({@code --allow-unsafe-rules}). A first line of defence for a
 * folder received from elsewhere, not a sandbox: only run rules you trust.
 * <p>
 * The calls looked for are kept here, not in the rules folder, which could otherwise permit itself.
 */
public final class UnsafeCode {
    private record Call(Pattern pattern, String what) {
    }

    private static final List<Call> CALLS = List.of(
            new Call(Pattern.compile("\\bSystem\\s*\\.\\s*exit\\b"), "结束整个程序（System.exit）"),
            new Call(Pattern.compile("\\bRuntime\\b"), "运行外部程序或结束程序（Runtime）"),
            new Call(Pattern.compile("\\bProcessBuilder\\b|\\bProcessHandle\\b"), "运行外部程序（ProcessBuilder）"),
            new Call(Pattern.compile("\\b(FileOutputStream|FileWriter|RandomAccessFile|PrintWriter)\\b"), "写文件"),
            new Call(Pattern.compile("\\bFiles\\s*\\.\\s*(write\\w*|newOutputStream|newBufferedWriter|delete\\w*|move|copy|create\\w*)\\b"),
                    "写、删或移动文件（Files）"),
            new Call(Pattern.compile("\\bClass\\s*\\.\\s*forName\\b|\\bgetDeclaredMethod\\b|\\bsetAccessible\\b|\\bMethodHandles\\b"),
                    "用反射绕过以上检查"));
    private static final Pattern LINE_COMMENT = Pattern.compile("//.*");

    private UnsafeCode() {
    }

    /** Every unsafe call in the DRL files, at its line and column, in Chinese. */
    public static List<LoadError> find(RuleFiles files) {
        List<LoadError> out = new ArrayList<>();
        for (RuleFiles.RuleFile f : files.files()) {
            if (f.drl()) {
                String[] lines = f.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String code = LINE_COMMENT.matcher(lines[i]).replaceFirst("");
                    for (Call c : CALLS) {
                        Matcher m = c.pattern().matcher(code);
                        if (m.find()) {
                            out.add(new LoadError(f.path(), i + 1, m.start() + 1, "规则代码「" + m.group() + "」会" + c.what()
                                    + "：审核规则不应做这些事。若这个规则目录来自可信的人且确实需要，请加 --allow-unsafe-rules"));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Refuses files with unsafe calls unless {@code allowed}. */
    public static void check(RuleFiles files, boolean allowed) throws RuleLoadException {
        List<LoadError> found = allowed ? List.of() : find(files);
        if (!found.isEmpty()) {
            throw new RuleLoadException(found);
        }
    }
}
