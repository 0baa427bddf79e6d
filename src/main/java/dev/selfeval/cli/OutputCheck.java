package dev.selfeval.cli;

import dev.selfeval.ingest.InputFile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** What is wrong with a report's destination before anything is read, and why a write failed, in Chinese. */
final class OutputCheck {
    private OutputCheck() {
    }

    /**
     * Null when {@code out} (null: stdout) may be written; else why not: it is a folder, an input, the
     * waiver file, the baseline, or in the rules folder (each null when not given).
     */
    static String problem(Path out, List<InputFile> inputs, Path waivers, Path baseline, Path rulesDir) {
        String own = ownFile(out, waivers, "豁免文件") != null ? ownFile(out, waivers, "豁免文件")
                : ownFile(out, baseline, "基线报告");
        if (own != null) {
            return own;
        }
        if (out != null && rulesDir != null && Files.isDirectory(rulesDir)
                && out.toAbsolutePath().normalize().startsWith(rulesDir.toAbsolutePath().normalize())) {
            return "在规则目录 " + rulesDir + " 中，写报告会改动规则；请另选报告文件";
        }
        return problem(out, inputs);
    }

    /**
     * Null when the folder {@code dir} may take one report per form; else why not: it is a file, or
     * an input file lies in it (a form's report could take an input's name), or it is in the rules folder.
     */
    static String perFormProblem(Path dir, List<InputFile> inputs, Path rulesDir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "是一个文件；请给出放各表报告的文件夹";
        }
        Path d = dir.toAbsolutePath().normalize();
        if (rulesDir != null && Files.isDirectory(rulesDir) && d.startsWith(rulesDir.toAbsolutePath().normalize())) {
            return "在规则目录 " + rulesDir + " 中；请另选文件夹";
        }
        for (InputFile in : inputs) {
            if (in.path().toAbsolutePath().normalize().getParent().equals(d)) {
                return "中有要审核的输入文件（" + in.display() + "），各表的报告可能与它同名而覆盖它；请另选一个文件夹";
            }
        }
        return null;
    }

    /** Why {@code out} may not be written when it is the run's own {@code file} (named {@code what}); else null. */
    private static String ownFile(Path out, Path file, String what) {
        try {
            if (out != null && file != null && Files.exists(out) && Files.exists(file) && Files.isSameFile(out, file)) {
                return "是本次审核用的" + what + "（" + file + "），写报告会覆盖它；请另选报告文件";
            }
        } catch (IOException e) {
            // cannot compare: not the same file as far as we can tell
        }
        return null;
    }

    /** Null when {@code out} (null: stdout) may be written over the inputs; else why not. */
    static String problem(Path out, List<InputFile> inputs) {
        if (out == null) {
            return null;
        }
        if (Files.isDirectory(out)) {
            return "是一个文件夹；请给出报告文件的路径";
        }
        if (!Files.exists(out)) {
            return null;
        }
        for (InputFile in : inputs) {
            try {
                if (Files.exists(in.path()) && Files.isSameFile(out, in.path())) {
                    return "是要审核的输入文件之一（" + in.display() + "），写报告会覆盖它；请另选报告文件";
                }
            } catch (IOException e) {
                // cannot compare: it is not the same file as far as we can tell
            }
        }
        return null;
    }

    /** Why a write failed, in words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "路径不存在";
        }
        if (e instanceof AccessDeniedException) {
            return "没有写入权限";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
