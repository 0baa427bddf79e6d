package dev.selfeval.cli;

import dev.selfeval.engine.LoadError;
import dev.selfeval.engine.RuleFiles;
import dev.selfeval.engine.RuleLoadException;
import dev.selfeval.engine.RuleLoader;
import dev.selfeval.engine.RuleSet;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --rules DIR} option: the given folder, else ./rules when present, else the bundled copy. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (*.drl + parameters.yaml). Default: ./rules when present, else the rules bundled in the jar.")
    Path dir;

    /** Loads the rules; on failure prints every error as file:line:column and answers null. */
    RuleSet load(PrintStream err) {
        long start = System.nanoTime();
        try {
            RuleSet rules;
            if (dir != null) {
                rules = RuleLoader.load(dir);
            } else if (Files.isDirectory(Path.of("rules"))) {
                rules = RuleLoader.load(Path.of("rules"));
            } else {
                rules = RuleLoader.load(RuleFiles.bundled());
            }
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
