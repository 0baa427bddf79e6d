package dev.selfeval.ingest;

import dev.selfeval.model.Form;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads any input file the tool knows: canonical JSON ({@code .json}) or the seed's extracted-text
 * format (anything else). Never throws for bad input: an unreadable file comes back with its reason.
 */
public final class FormReaders {
    private FormReaders() {
    }

    /**
     * @param file    the file to read
     * @param display the name to show in messages and sources (the path as the user gave it)
     * @param idBase  the stable name form ids are built from
     * @param forced  the charset from {@code --encoding}, or null to detect it
     */
    public static FileResult read(Path file, String display, String idBase, Charset forced) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return FileResult.unreadable(display, "无法打开文件：" + e.getMessage(), 0);
        }
        return read(bytes, display, idBase, forced, isJson(file));
    }

    public static FileResult read(byte[] bytes, String display, String idBase, Charset forced, boolean json) {
        try {
            TextDecoder.Decoded text = TextDecoder.decode(bytes, forced);
            List<Form> forms = json ? FormJson.read(text.text()) : SeedTextReader.read(text.text(), display, idBase);
            return new FileResult(display, text.charset().name(), forms, null, 0);
        } catch (UnreadableInputException e) {
            return FileResult.unreadable(display, e.getMessage(), e.line());
        }
    }

    public static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
