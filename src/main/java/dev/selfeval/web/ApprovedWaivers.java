package dev.selfeval.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The workbench's waiver file (the same format as {@code audit --waivers}): read for every run, and
 * an approved proposal appended to it — the whole file checked as {@code --waivers} checks it before
 * it replaces the old one, so a run never meets a waiver file it cannot read.
 */
final class ApprovedWaivers {
    private final Path file;

    ApprovedWaivers(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The waivers in force for a run; none while the file does not exist. */
    Waivers forRun(RuleSet rules) throws WaiverFile.Invalid {
        if (!Files.exists(file)) {
            return Waivers.none();
        }
        return Waivers.read(file, rules);
    }

    /** The file's text now ({@code null} when there is none). */
    String text() throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    /** The file's text before a waiver was added ({@code null}: there was no file) and after. */
    record Written(String before, String after) {
    }

    /**
     * Appends one waiver ({@code scope}: form, project or department, naming {@code target}); refused, with
     * the file unchanged, when the result would not read. Callers add one at a time.
     */
    Written add(RuleSet rules, String rule, String scope, String target, String reason, String approver, String expires)
            throws IOException, WaiverFile.Invalid {
        String before = text();
        String head = before == null || before.isBlank() || before.strip().equals("waivers: []")
                ? "# 工作台批准的豁免（selfeval serve）：与 audit --waivers 的格式相同\nwaivers:\n" : before.endsWith("\n") ? before : before + "\n";
        String after = head + "  - rule: " + quoted(rule) + "\n    " + scope + ": " + quoted(target) + "\n    reason: " + quoted(reason)
                + "\n    approver: " + quoted(approver) + "\n    expires: " + quoted(expires) + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".waivers", ".yaml");
        try {
            Files.writeString(temp, after, StandardCharsets.UTF_8);
            WaiverFile.read(temp, rules.ids());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Written(before, after);
    }

    /** A value as a YAML double-quoted scalar (a JSON string is one). */
    private static String quoted(String value) throws JsonProcessingException {
        return Api.JSON.writeValueAsString(value);
    }
}
