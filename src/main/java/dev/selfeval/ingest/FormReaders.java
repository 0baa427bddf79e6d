package dev.selfeval.ingest;

import dev.selfeval.ingest.csv.CsvGridReader;
import dev.selfeval.ingest.docx.DocxGridReader;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.ingest.json.FormJson;
import dev.selfeval.ingest.parse.FormSplitter;
import dev.selfeval.ingest.pdf.PdfGridReader;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.ingest.text.TextGridReader;
import dev.selfeval.ingest.text.TextPieces;
import dev.selfeval.ingest.xlsx.WorkbookGridReader;
import dev.selfeval.model.Form;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads any input file the tool knows, whatever its kind (see {@link Format}): file → format reader
 * → grids → {@link FormSplitter} → forms; canonical JSON is read as forms directly. Never throws for
 * bad input: an unreadable file comes back with its reason. The readers of workbooks, Word and PDF
 * files are loaded only when a file of their kind is seen.
 */
public final class FormReaders {
    /** Extensions that promise a format the content must then have. */
    private static final Map<String, String> BINARY_EXTENSIONS = Map.of(".xlsx", "Excel", ".xlsm", "Excel",
            ".xls", "Excel", ".docx", "Word", ".pdf", "PDF");

    /** Text files larger than this are read in pieces (see {@link #read(Path, String, String, Charset, Templates, Consumer)}). */
    static final long PIECE_BYTES = 4L << 20;
    /** Lines a piece holds at least before it is cut at the next form title. */
    static final int PIECE_LINES = 20_000;

    private FormReaders() {
    }

    /** A file of the run; an entry of a folder that could not be listed is unreadable, with the reason. */
    public static FileResult read(InputFile in, Charset forced, Templates templates) {
        return in.unlisted() != null ? FileResult.unreadable(in.display(), in.unlisted(), 0)
                : read(in.path(), in.display(), in.idBase(), forced, templates);
    }

    /** The same, in pieces of whole forms (see below). */
    public static void read(InputFile in, Charset forced, Templates templates, Consumer<FileResult> pieces) {
        if (in.unlisted() != null) {
            pieces.accept(FileResult.unreadable(in.display(), in.unlisted(), 0));
        } else {
            read(in.path(), in.display(), in.idBase(), forced, templates, pieces);
        }
    }

    /**
     * @param file    the file to read
     * @param display the name to show in messages and sources (the path as the user gave it)
     * @param idBase  the stable name form ids are built from
     * @param forced  the charset from {@code --encoding} for text files, or null to detect it
     * @param templates the form layouts to read by (the rules folder's templates)
     */
    public static FileResult read(Path file, String display, String idBase, Charset forced, Templates templates) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return FileResult.unreadable(display, Files.isDirectory(file) ? "是文件夹，不是文件"
                    : "不是普通文件（命名管道、设备或套接字），未读取，以免一直等待；请先把内容存成文件", 0);
        }
        FileResult tooBig = tooBig(file, display);
        if (tooBig != null) {
            return tooBig;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return FileResult.unreadable(display, "无法打开文件：" + e.getMessage(), 0);
        } catch (OutOfMemoryError e) {
            return outOfMemory(display);
        }
        String name = file.getFileName() == null ? display : file.getFileName().toString();
        return read(bytes, display, idBase, forced, Format.of(bytes, name), name, templates);
    }

    /**
     * A file whose reading ran out of memory: what was read of it is dropped (the heap has it back),
     * and the run goes on with the next file.
     */
    private static FileResult outOfMemory(String display) {
        return FileResult.unreadable(display, "读取此文件时内存不足（文件过大或结构异常复杂），已放弃此文件，其余文件照常审核："
                + "请拆分文件，或用环境变量 SELFEVAL_JAVA_OPTS 给更多内存（如 -Xmx4g）", 0);
    }

    /** One file is this size at most: 50,000 forms of text are 66 MB; a file above it would not fit the heap. */
    static final long MAX_FILE_BYTES = 256L << 20;

    /** The refusal of a file over {@link #MAX_FILE_BYTES}, by its size before a byte is read; null when it is not. */
    private static FileResult tooBig(Path file, String display) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return FileResult.unreadable(display, "文件过大（" + (size >> 20) + " MB），超过每个文件 " + (MAX_FILE_BYTES >> 20)
                        + " MB 的上限，未读取：请拆分成几个文件", 0);
            }
        } catch (IOException e) {
            return null; // read below, which says why it cannot be
        }
        return null;
    }

    /**
     * Reads a file in pieces of whole forms, handing each piece to {@code pieces} as soon as it is
     * read, so that a text file of 50,000 forms is never held as one grid: a text file is cut at a
     * form's title every {@link #PIECE_LINES} lines or so. Other formats, and smaller text files, are
     * one piece. An unreadable file is one unreadable piece.
     */
    public static void read(Path file, String display, String idBase, Charset forced, Templates templates,
                            Consumer<FileResult> pieces) {
        read(file, display, idBase, forced, templates, pieces, PIECE_BYTES, PIECE_LINES);
    }

    /** The same with the sizes given (tests cut small files). */
    static void read(Path file, String display, String idBase, Charset forced, Templates templates,
                     Consumer<FileResult> pieces, long pieceBytes, int pieceLines) {
        FileResult tooBig = tooBig(file, display);
        if (tooBig != null) {
            pieces.accept(tooBig);
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.isRegularFile(file) && Files.size(file) > pieceBytes ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            bytes = null;
        } catch (OutOfMemoryError e) {
            pieces.accept(outOfMemory(display));
            return;
        }
        String name = file.getFileName() == null ? display : file.getFileName().toString();
        if (bytes == null || Format.of(bytes, name) != Format.TEXT || promised(name) != null) {
            pieces.accept(bytes == null ? read(file, display, idBase, forced, templates)
                    : read(bytes, display, idBase, forced, Format.of(bytes, name), name, templates));
            return;
        }
        TextDecoder.Decoded text;
        try {
            text = TextDecoder.decode(bytes, forced);
            bytes = null; // the text is all that is needed from here on
        } catch (UnreadableInputException | OutOfMemoryError e) {
            pieces.accept(refused(display, e));
            return;
        }
        int before = 0;
        for (TextPieces.Piece p : TextPieces.of(text.text(), pieceLines, templates.titles(),
                line -> FormSplitter.titleRow(TextGridReader.row(line), templates))) {
            List<Form> forms;
            try {
                int n = before;
                forms = ReadBudget.within(() -> FormSplitter.read(List.of(TextGridReader.read(p.text(), display, text.damaged(),
                        p.firstLine())), display, idBase, n, templates));
            } catch (UnreadableInputException | OutOfMemoryError e) {
                pieces.accept(refused(display, e));
                return;
            }
            before += forms.size();
            pieces.accept(new FileResult(display, text.charset().name(), forms, null, 0));
        }
    }

    public static FileResult read(byte[] bytes, String display, String idBase, Charset forced, Format format,
                                  Templates templates) {
        return read(bytes, display, idBase, forced, format, display, templates);
    }

    private static FileResult read(byte[] bytes, String display, String idBase, Charset forced, Format format,
                                   String name, Templates templates) {
        try {
            return ReadBudget.within(() -> readWhole(bytes, display, idBase, forced, format, name, templates));
        } catch (UnreadableInputException | OutOfMemoryError e) {
            return refused(display, e);
        }
    }

    /** A file that could not be read: why, as its reader said, or that it needs more memory than there is. */
    private static FileResult refused(String display, Throwable e) {
        return e instanceof UnreadableInputException u ? FileResult.unreadable(display, u.getMessage(), u.line())
                : outOfMemory(display);
    }

    private static FileResult readWhole(byte[] bytes, String display, String idBase, Charset forced, Format format,
                                        String name, Templates templates) throws UnreadableInputException {
        return switch (format) {
            case JSON, TEXT -> {
                String promised = promised(name);
                if (format == Format.TEXT && promised != null && bytes.length > 0) {
                    throw new UnreadableInputException("文件扩展名表明是 " + promised
                            + " 文件，但内容不是（文件已损坏，或扩展名有误）");
                }
                TextDecoder.Decoded text = TextDecoder.decode(bytes, forced);
                List<Form> forms = format == Format.JSON ? idsFromPath(FormJson.read(text.text(), templates.vocabulary()), idBase)
                        : FormSplitter.read(List.of(TextGridReader.read(text.text(), display, text.damaged())), display, idBase,
                        templates);
                yield new FileResult(display, text.charset().name(), forms, null, 0);
            }
            case CSV -> {
                TextDecoder.Decoded text = TextDecoder.decode(bytes, forced);
                yield new FileResult(display, text.charset().name(), FormSplitter.read(
                        List.of(CsvGridReader.read(text.text(), display)), display, idBase, templates), null, 0);
            }
            case XLSX, OLE2 -> grids(WorkbookGridReader.read(bytes, display), display, idBase, templates);
            case DOCX -> grids(DocxGridReader.read(bytes, display), display, idBase, templates);
            case PDF -> grids(PdfGridReader.read(bytes, display), display, idBase, templates);
            case ZIP -> throw new UnreadableInputException("ZIP 压缩包，不是 Excel (.xlsx) 或 Word (.docx) 文件，或文件已损坏");
        };
    }

    /**
     * A JSON form's id in the run is its file's, as for every other format ({@code idBase#n}): the id
     * written inside (where it was converted from) cannot claim another file's forms, nor collide
     * with another JSON file's.
     */
    private static List<Form> idsFromPath(List<Form> forms, String idBase) {
        List<Form> out = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            out.add(forms.get(i).withId(idBase + "#" + (i + 1)));
        }
        return out;
    }

    private static FileResult grids(List<Grid> grids, String display, String idBase, Templates templates)
            throws UnreadableInputException {
        return new FileResult(display, null, FormSplitter.read(grids, display, idBase, templates), null, 0);
    }

    /** The format a file's extension promises, when it is one whose content is never text. */
    private static String promised(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : BINARY_EXTENSIONS.entrySet()) {
            if (lower.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
