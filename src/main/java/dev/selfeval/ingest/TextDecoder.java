package dev.selfeval.ingest;

import dev.selfeval.ingest.grid.UnreadableInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.CharBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the bytes of an input file into text. Forms arrive as UTF-8 (with or without BOM), UTF-16
 * with BOM, or GBK/GB18030 from older office software; anything else with NUL bytes is binary.
 */
public final class TextDecoder {
    /** GB18030 is a superset of GBK and GB2312, so one decoder reads all three. */
    static final Charset GB = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /**
     * The text and its charset; {@code damaged} maps a line to the bytes on it that did not decode
     * (shown as U+FFFD in the text), for a file whose encoding is clear but a few bytes are broken.
     */
    public record Decoded(String text, Charset charset, Map<Integer, String> damaged) {
        public Decoded(String text, Charset charset) {
            this(text, charset, Map.of());
        }
    }

    /** At most one broken sequence in this many decoded characters, and the encoding is still clear. */
    private static final int CLEAR = 20;

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
        // Some sequences are not UTF-8. Mostly UTF-8 with a few broken ones (one damaged byte, a file
        // cut inside a character) is UTF-8 with damage; else GBK, whole or with a few broken ones.
        // The damaged bytes are looked for (by line) only in the text that is kept.
        if (clear(fast)) {
            return lenient(bytes, StandardCharsets.UTF_8);
        }
        String gb = new String(bytes, GB);
        if (gb.indexOf('\uFFFD') < 0) {
            return new Decoded(gb, GB);
        }
        if (clear(gb)) {
            return lenient(bytes, GB);
        }
        throw new UnreadableInputException("既不是 UTF-8 也不是 GBK 编码的文本（可用 --encoding 指定编码）", 0);
    }

    /**
     * The text of a file people write by hand (rules, parameters, templates, waivers, rule test
     * cases): its encoding found as for forms (UTF-8 with or without BOM, UTF-16, GB18030), but a byte
     * that does not decode is refused with its line, never read around. An empty file is empty text.
     */
    public static String handWritten(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            return "";
        }
        Decoded d = decode(bytes, null);
        if (!d.damaged().isEmpty()) {
            var first = d.damaged().entrySet().iterator().next();
            throw new UnreadableInputException("第 " + first.getKey() + " 行有按 " + d.charset().name() + " 无法解码的字节（"
                    + first.getValue() + "）：请在编辑器中用 UTF-8 编码另存此文件", first.getKey());
        }
        return d.text();
    }

    /** Why a file that is no plain file is not read. */
    public static final String NOT_A_PLAIN_FILE = "不是普通文件（命名管道、设备或套接字），未读取，以免一直等待";

    /** Hand-written files (rules, templates, waivers, rule-test cases) are this size at most: far above any real one. */
    static final long MAX_HAND_WRITTEN = 16L << 20;

    /**
     * The same for a file; a file that cannot be opened is unreadable too (line 0), and so is one that
     * is no plain file (a named pipe would be waited on for ever) or larger than {@link #MAX_HAND_WRITTEN}.
     */
    public static String handWritten(Path file) throws UnreadableInputException {
        return handWritten(handWrittenBytes(file));
    }

    /** The bytes of a hand-written file, refused as {@link #handWritten(Path)} refuses it before a byte is read. */
    public static byte[] handWrittenBytes(Path file) throws UnreadableInputException {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new UnreadableInputException(Files.isDirectory(file) ? "是文件夹，不是文件"
                        : NOT_A_PLAIN_FILE, 0);
            }
            if (Files.exists(file) && Files.size(file) > MAX_HAND_WRITTEN) {
                throw new UnreadableInputException("文件过大（" + (Files.size(file) >> 20) + " MB），超过手写文件 "
                        + (MAX_HAND_WRITTEN >> 20) + " MB 的上限，未读取：请检查是否选错了文件", 0);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInputException("文件打不开（" + e.getMessage() + "）", 0);
        }
    }

    /** Whether the broken sequences are few enough for the encoding to be clear (one in {@link #CLEAR} non-ASCII characters at most). */
    private static boolean clear(String text) {
        long broken = text.chars().filter(c -> c == '\uFFFD').count();
        long nonAscii = text.chars().filter(c -> c > 0x7F).count();
        return broken * CLEAR <= nonAscii;
    }

    /** Decodes, putting U+FFFD where bytes do not decode and noting them by line ({@code E4 B8}). */
    private static Decoded lenient(byte[] bytes, Charset cs) {
        CharsetDecoder d = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) d.maxCharsPerByte()) + 16);
        Map<Integer, String> damaged = new TreeMap<>();
        int line = 1;
        int counted = 0;
        while (true) {
            CoderResult r = in.hasRemaining() ? d.decode(in, out, true) : d.flush(out);
            if (r.isUnderflow() && !in.hasRemaining()) {
                d.flush(out);
                break;
            }
            if (r.isError()) {
                for (; counted < in.position(); counted++) {
                    line += bytes[counted] == '\n' ? 1 : 0;
                }
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < r.length(); i++) {
                    hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", bytes[in.position() + i] & 0xFF));
                }
                damaged.merge(line, hex.toString(), (a, b) -> a + "、" + b);
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else if (r.isUnderflow()) {
                break;
            }
        }
        out.flip();
        return new Decoded(out.toString(), cs, damaged);
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
