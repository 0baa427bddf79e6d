package dev.selfeval.ingest;

import java.nio.file.Path;

/**
 * One file to read: where it is, how to name it to the user ({@code display}, the path as given),
 * and the stable base of its form ids ({@code idBase}: the file name, or the path below the
 * directory the user named, so that ids do not depend on the working directory). {@code unlisted}
 * says why a folder's entry could not even be listed (a folder the user may not read, a link that
 * loops back); it is null for an entry to read.
 */
public record InputFile(Path path, String display, String idBase, String unlisted) {
    public InputFile(Path path, String display, String idBase) {
        this(path, display, idBase, null);
    }
}
