package dev.selfeval.ingest;

import dev.selfeval.ingest.grid.UnreadableInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input file into text. Forms arrive as UTF-8 (with or without BOM), UTF-16
 * with BOM, or GBK/GB18030 from older office software; anything else with NUL bytes is binary.
 */
public final class TextDecoder {
    /** GB18030 is a superset of GBK and GB2312, so one decoder reads all three. */
    static final Charset GB = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public record Decoded(String text, Charset charset) {
    }

    /**
     * @param forced the charset the user asked for with {@code --encoding}, or null to detect
     */
    public static Decoded decode(byte[] bytes, Charset forced) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("文件为空", 0);
        }
        if (forced != null) {
            return new Decoded(strict(bytes, 0, forced, "按指定编码 " + forced.name() + " 无法解码"), forced);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 解码失败"), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16 解码失败"), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16 解码失败"), StandardCharsets.UTF_16BE);
        }
        // The fast decoder replaces bad bytes with U+FFFD; only then is the strict one asked. A NUL
        // byte always decodes to U+0000, so the text (searched by the JDK's vectorised indexOf) tells
        // whether the file is binary.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\u0000') >= 0) {
            int nul = indexOf(bytes, (byte) 0);
            throw new UnreadableInputException("二进制文件（第 " + lineAt(bytes, nul) + " 行含 NUL 字节），不是文本表格",
                    lineAt(bytes, nul));
        }
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, StandardCharsets.UTF_8);
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                    StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decoder(GB).decode(ByteBuffer.wrap(bytes)).toString(), GB);
            } catch (CharacterCodingException notGb) {
                throw new UnreadableInputException("既不是 UTF-8 也不是 GBK 编码的文本（可用 --encoding 指定编码）", 0);
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String failure) throws UnreadableInputException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(failure, 0);
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] b, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
