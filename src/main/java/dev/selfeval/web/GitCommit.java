package dev.selfeval.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A saved rule change committed to the git repository the rules folder is in (when it is in one),
 * with the author and the reason, by the git program on this machine.
 */
final class GitCommit {
    private GitCommit() {
    }

    /** The commit's id, "未提交：…" with why when git could not commit it, or null when the folder is in no repository. */
    static String commit(Path dir, String file, String author, String reason) {
        try {
            Result inside = git(dir, "rev-parse", "--is-inside-work-tree");
            if (inside.exit != 0 || !inside.out.strip().equals("true")) {
                return null;
            }
            String who = author.replaceAll("[<>\\n]", "") + " <" + author.replaceAll("[^A-Za-z0-9._-]", "") + "@selfeval.local>";
            Result add = git(dir, "add", "--", file);
            Result commit = add.exit != 0 ? add : git(dir, "-c", "user.name=selfeval", "-c", "user.email=selfeval@selfeval.local",
                    "commit", "--quiet", "--author", who, "-m", reason + "\n\n由 selfeval 工作台提交：" + file, "--", file);
            if (commit.exit != 0) {
                return "未提交：" + commit.out.strip();
            }
            return git(dir, "rev-parse", "HEAD").out.strip();
        } catch (IOException e) {
            return "未提交：无法运行 git（" + e.getMessage() + "）";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "未提交：被中断";
        }
    }

    private record Result(int exit, String out) {
    }

    private static Result git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("selfeval-git", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("GIT_TERMINAL_PROMPT", "0"); // a hook or a signing key asking for input fails instead of waiting
            Process p = pb.start();
            p.getOutputStream().close(); // nothing to read from us: a prompt sees the end of its input
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "git 超过 30 秒没有结束");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
