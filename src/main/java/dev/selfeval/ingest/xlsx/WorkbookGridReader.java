package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.PackageRefusals;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Workbooks (.xlsx streamed, .xls through POI's HSSF): every sheet a grid, hidden ones too (their rows
 * say so). A cell's text is what Excel shows, a numeric cell also keeps its exact value
 * ({@link NumberCells}), a formula cell its stored result. POI's zip-bomb check stays on; a part of
 * the workbook larger than {@link #MAX_PART_BYTES} unpacked, a sheet larger than {@link SheetCells}
 * allows (rows, cells, merged regions) or a shared-strings table longer than
 * {@link BoundedSharedStrings#MAX_STRINGS} is refused rather than read.
 */
public final class WorkbookGridReader {
    /** The largest part of a workbook read, unpacked (a sheet of {@link SheetCells#MAX_ROWS} rows is some 30 MB). */
    static final long MAX_PART_BYTES = 64L << 20;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private WorkbookGridReader() {
    }

    public static List<Grid> read(byte[] bytes, String file) throws UnreadableInputException {
        List<SheetCells> sheets;
        try {
            sheets = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K' ? xlsx(bytes) : xls(bytes);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (Exception e) {
            ReadBudget.passOn(e);
            throw new UnreadableInputException(why(e));
        }
        List<Grid> grids = new ArrayList<>();
        int line = 0;
        for (SheetCells s : sheets) {
            Grid g = s.grid(file, line);
            line += g.rows().size();
            grids.add(g);
        }
        return grids;
    }

    private static List<SheetCells> xlsx(byte[] bytes) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            return XlsxSheets.read(pkg);
        }
    }

    private static List<SheetCells> xls(byte[] bytes) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new UnreadableInputException("工作簿设有打开密码，无法读取（请去除密码后另存，再审核）");
            }
            if (root.hasEntry("WordDocument")) {
                throw new UnreadableInputException("Word 97-2003 (.doc) 文件，无法读取（请另存为 .docx 后再审核）");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
                return HssfSheets.read(wb);
            }
        }
    }

    /** A reason an auditor can act on, for what POI refused. */
    private static String why(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof EncryptedDocumentException) {
            return "工作簿设有密码保护，无法读取（请去除密码后另存，再审核）";
        }
        String refused = PackageRefusals.of("工作簿", e);
        if (refused != null) {
            return refused;
        }
        return "Excel 文件已损坏或无法识别，无法读取（" + e.getClass().getSimpleName() + "：" + m + "）";
    }
}
