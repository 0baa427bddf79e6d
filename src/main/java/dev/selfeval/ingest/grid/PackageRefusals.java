package dev.selfeval.ingest.grid;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What POI's guards on the zip package of an .xlsx or .docx file ({@link ZipSecureFile}) refused, in
 * words an auditor can act on: POI says it in English, as one of its exception messages.
 */
public final class PackageRefusals {
    private PackageRefusals() {
    }

    /**
     * @param what the kind of file, as the message starts ({@code 工作簿}, {@code Word 文件})
     * @return the reason, or null when neither {@code e} nor its causes is such a refusal
     */
    public static String of(String what, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("MAX_ENTRY_SIZE")) {
                return what + "过大：其中一部分解压后超过 " + (ZipSecureFile.getMaxEntrySize() >> 20)
                        + " MB，已拒绝读取（请拆分为多个文件）";
            }
            if (m.contains("Zip bomb")) {
                return what + "解压后的大小与文件大小极不相称（疑似压缩炸弹），已拒绝读取";
            }
            if (m.contains("MAX_FILE_COUNT")) {
                return what + "内部的组成部分超过 " + ZipSecureFile.getMaxFileCount()
                        + " 个（正常文件只有几十个，疑似恶意文件），已拒绝读取";
            }
        }
        return null;
    }
}
