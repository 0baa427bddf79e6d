package dev.selfeval.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of input file, told apart by their content: a ZIP holding {@code xl/} or {@code word/}
 * parts, the OLE2 signature of an old Office file, {@code %PDF}; the extension decides only
 * between JSON, comma-separated values (a {@code .csv} without tabs) and text, which the first bytes
 * cannot always tell apart.
 */
public enum Format {
    TEXT, JSON, /** a sheet saved as comma-separated values */ CSV, XLSX, /** an Office 97-2003 file (.xls), or an encrypted Office file */ OLE2, DOCX, PDF, ZIP;

    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    public static Format of(byte[] bytes, String fileName) {
        if (startsWith(bytes, OLE2_SIGNATURE)) {
            return OLE2;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return zip(bytes);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return PDF;
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".json") || head.stripLeading().startsWith("{")) {
            return JSON;
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv") && head.indexOf('\t') < 0) {
            return CSV;
        }
        return TEXT;
    }

    /** An Office Open XML package by the folder of its main part, read from the entry names only. */
    private static Format zip(byte[] bytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().startsWith("xl/")) {
                    return XLSX;
                }
                if (e.getName().startsWith("word/")) {
                    return DOCX;
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            return ZIP; // the reader of the claimed kind says what is wrong
        }
        return ZIP;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
