package dev.selfeval.ingest;

import java.nio.file.Path;

/**
 * One file to read: where it is, how to name it to the user ({@code display}, the path as given),
 * and the stable base of its form ids ({@code idBase}: the file name, or the path below the
 * directory the user named, so that ids do not depend on the working directory).
 */
public record InputFile(Path path, String display, String idBase) {
}
