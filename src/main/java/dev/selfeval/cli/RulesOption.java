package dev.selfeval.cli;

import dev.selfeval.engine.load.LoadError;
import dev.selfeval.engine.load.RuleFiles;
import dev.selfeval.engine.load.RuleLoadException;
import dev.selfeval.engine.load.RuleLoader;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.load.UnsafeCode;
import dev.selfeval.ingest.template.Templates;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --rules DIR} option: the given folder, else ./rules when present, else the folder named by
 * the system property {@value #DIR_PROPERTY} (the download's launchers name the package's own rules/),
 * else the bundled copy.
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "规则目录（*.drl、parameters.yaml、templates/*.yaml）。默认：当前目录有 rules 时用它，否则用安装包的 rules 文件夹或 jar 内置的规则。")
    Path dir;

    @Option(names = "--no-cache", description = "即使本版本以前编译过同样的规则也重新编译（编译好的规则保存在 ~/.cache/selfeval）。")
    boolean noCache;

    /** The rules folder's files: the given folder, the default folder, or the bundled copy. */
    RuleFiles files() throws IOException {
        return folder() != null ? RuleFiles.of(folder()) : RuleFiles.bundled();
    }

    /** The rules folder on disk (the given one, or the default one), or null for the bundled copy. */
    Path folder() {
        return dir != null ? dir : defaultFolder();
    }

    /** The system property naming the rules folder used when there is no --rules and no ./rules. */
    static final String DIR_PROPERTY = "selfeval.rules.dir";

    /** The rules folder without --rules: ./rules when present, else {@value #DIR_PROPERTY}'s folder, else null (bundled). */
    static Path defaultFolder() {
        return defaultFolder(Path.of("rules"), System.getProperty(DIR_PROPERTY));
    }

    static Path defaultFolder(Path here, String configured) {
        if (Files.isDirectory(here)) {
            return here;
        }
        return configured == null || configured.isBlank() ? null : Path.of(configured);
    }

    /** The rule-test cases kept in the rules folder ({@code tests/}), or null when it has none. */
    Path cases() {
        Path f = folder();
        return f != null && Files.isDirectory(f.resolve(TESTS)) ? f.resolve(TESTS) : null;
    }

    /** The rules folder's sub-folder of rule-test cases. */
    static final String TESTS = "tests";

    /** Only the form layouts (templates/), for commands that read forms without auditing them; null on failure. */
    Templates templates(PrintStream err) {
        try {
            return RuleLoader.templates(files());
        } catch (RuleLoadException e) {
            e.errors().forEach(err::println);
            err.println("表式模板加载失败（" + e.errors().size() + " 处错误），未读取任何表格");
            return null;
        } catch (IOException e) {
            err.println("规则加载失败：" + e.getMessage());
            return null;
        }
    }

    /** Loads the rules; on failure prints every error as file:line:column and answers null. */
    RuleSet load(PrintStream err) {
        return load(err, true, !noCache);
    }

    /**
     * Loads the rules, refusing rule text that exits, runs programs or writes files unless
     * {@code allowUnsafe} (see {@link UnsafeCode}); compiled ones kept from an earlier run are used
     * when {@code useCache}.
     */
    RuleSet load(PrintStream err, boolean allowUnsafe, boolean useCache) {
        long start = System.nanoTime();
        try {
            RuleFiles files = files();
            UnsafeCode.check(files, allowUnsafe);
            RuleSet rules = RuleLoader.load(files, useCache);
            if (System.getenv("SELFEVAL_TIMING") != null) {
                err.printf("rules loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
            return rules;
        } catch (RuleLoadException e) {
            for (LoadError le : e.errors()) {
                err.println(le);
            }
            err.println("规则加载失败（" + e.errors().size() + " 处错误），未审核任何表格");
            return null;
        } catch (IOException e) {
            err.println("规则加载失败：" + e.getMessage());
            return null;
        }
    }
}
