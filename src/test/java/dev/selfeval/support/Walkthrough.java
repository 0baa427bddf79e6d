package dev.selfeval.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a guide in docs/ tells the reader to write: each code block marked
 * {@code <!-- walkthrough: path -->}, taken verbatim, so that a test performing the guide cannot drift from it.
 */
public final class Walkthrough {
    private static final Pattern BLOCK = Pattern.compile("<!-- walkthrough: (\\S+) -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);

    private Walkthrough() {
    }

    /** Writes the guide's files under {@code dir}; returns their paths as the guide names them, in order. */
    public static List<String> write(Path guide, Path dir) throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(guide));
        List<String> written = new ArrayList<>();
        while (m.find()) {
            Path target = dir.resolve(m.group(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, m.group(2));
            written.add(m.group(1));
        }
        return written;
    }
}
