package dev.selfeval.web;

import dev.selfeval.store.RunQueries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a saved run's input files are, when the workbench may read them again (for a form's page, a
 * report in another format): only a run of one folder inside the workbench's own upload folder or
 * inside a root it was started with. A run saved from the command line names paths the server may
 * not read; its forms are then shown from the database alone.
 */
final class SavedInputs {
    private final List<Path> allowed;

    /** @param allowed the upload folder and the roots, each as a real path */
    SavedInputs(List<Path> allowed) {
        this.allowed = allowed;
    }

    /** The run's input folder, or null when the workbench may not (or cannot) read it. */
    Path folder(RunQueries.Run run) {
        if (run.inputs().size() != 1) {
            return null;
        }
        return confined(Path.of(run.inputs().get(0)));
    }

    /** A path as a real path inside an allowed folder, or null. */
    Path confined(Path p) {
        try {
            Path real = p.toRealPath();
            return allowed.stream().anyMatch(real::startsWith) ? real : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** A file named below a run's folder, or null when the name leaves it or the file is gone. */
    static Path file(Path folder, String name) {
        if (name == null) {
            return null;
        }
        Path p = folder.resolve(name).normalize();
        try {
            return p.startsWith(folder) && Files.isRegularFile(p) && p.toRealPath().startsWith(folder) ? p : null;
        } catch (IOException e) {
            return null;
        }
    }
}
