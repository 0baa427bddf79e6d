package dev.selfeval.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The folders an auditor may pick a run from: those under the roots the workbench was started with. */
final class Folders {
    /** How deep under a root the picker lists folders. */
    private static final int DEPTH = 3;
    private static final int MOST = 500;

    private Folders() {
    }

    /** The roots and the folders under them, a few levels deep, as real paths. */
    static List<String> pickable(List<Path> roots) {
        return roots.stream().flatMap(root -> {
            try (Stream<Path> s = Files.walk(root, DEPTH)) {
                return s.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).limit(MOST).map(Path::toString).toList().stream();
            } catch (IOException | RuntimeException e) {
                return Stream.of(root.toString());
            }
        }).toList();
    }

    /** Deletes an upload folder the run did not take. */
    static void delete(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left behind in the upload folder; it holds nothing a run points to
        }
    }
}
