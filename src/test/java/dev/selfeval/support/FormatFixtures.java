package dev.selfeval.support;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the files of fixtures/formats (and the workbooks of rules/tests/PARSE-HIDDEN) from
 * the shipped samples with POI and PDFBox: the cases of what the workbook, Word and PDF readers
 * must read or report. Run {@code main} to write them again; the files are committed.
 */
public final class FormatFixtures {
    static final Path SAMPLES = Path.of("fixtures/samples");
    /** Form 3 of the seed (政府购买服务人员专项经费), the sheet most cases start from. */
    static final int FORM3 = 2;
    static final int FORM6 = 5;

    private FormatFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "fixtures/formats");
        Files.createDirectories(out);
        Path hidden = Path.of("rules/tests/PARSE-HIDDEN");
        Files.createDirectories(hidden);
        write(out.resolve("stacked.xlsx"), stacked());
        write(out.resolve("formulas.xlsx"), formulas(true));
        write(out.resolve("formulas-no-result.xlsx"), formulas(false));
        write(out.resolve("hidden-sheet.xlsx"), hiddenSheet());
        write(hidden.resolve("fires.xlsx"), hiddenRow());
        write(hidden.resolve("quiet.xlsx"), onlySheets(FORM3));
        write(out.resolve("split-table.docx"), splitTable());
        write(out.resolve("password.xlsx"), password());
        byte[] sample = Files.readAllBytes(SAMPLES.resolve("seed-forms.xlsx"));
        write(out.resolve("corrupt.xlsx"), Arrays.copyOf(sample, sample.length * 3 / 5));
        write(out.resolve("zip-bomb.xlsx"), zipBomb(sample));
        write(out.resolve("scanned.pdf"), scannedPdf());
        write(out.resolve("locked.pdf"), passwordPdf());
        write(out.resolve("not-a-workbook.xlsx"), "项目名称\t这不是 Excel 文件\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        System.out.println(file + " " + bytes.length + " bytes");
    }

    private static XSSFWorkbook sample() throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("seed-forms.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    /** The sample with only one sheet (0-based) left. */
    static byte[] onlySheets(int sheet) throws IOException {
        XSSFWorkbook wb = sample();
        keepOnly(wb, sheet);
        return bytes(wb);
    }

    /** Forms 3 and 6 one below the other in one sheet, two blank rows apart. */
    static byte[] stacked() throws IOException {
        XSSFWorkbook wb = sample();
        Sheet three = wb.getSheetAt(FORM3);
        Sheet six = wb.getSheetAt(FORM6);
        int offset = three.getLastRowNum() + 3;
        for (Row from : six) {
            Row to = three.createRow(from.getRowNum() + offset);
            for (Cell c : from) {
                Cell d = to.createCell(c.getColumnIndex(), c.getCellType());
                d.setCellStyle(c.getCellStyle());
                switch (c.getCellType()) {
                    case NUMERIC -> d.setCellValue(c.getNumericCellValue());
                    case STRING -> d.setCellValue(c.getStringCellValue());
                    default -> {
                    }
                }
            }
        }
        for (CellRangeAddress r : six.getMergedRegions()) {
            three.addMergedRegion(new CellRangeAddress(r.getFirstRow() + offset, r.getLastRow() + offset,
                    r.getFirstColumn(), r.getLastColumn()));
        }
        keepOnly(wb, FORM3);
        return bytes(wb);
    }

    private static void keepOnly(XSSFWorkbook wb, int sheet) {
        for (int s = wb.getNumberOfSheets() - 1; s >= 0; s--) {
            if (s != sheet) {
                wb.removeSheetAt(s);
            }
        }
    }

    /**
     * Form 3 with its rate (H6 = F6 ÷ E6) and its total score (I18 = I6 + SUM(I13:I17)) as formulas,
     * their results stored as Excel stores them ({@code evaluated}) or not at all.
     */
    static byte[] formulas(boolean evaluated) throws IOException {
        XSSFWorkbook wb = sample();
        Sheet s = wb.getSheetAt(FORM3);
        formula(s.getRow(5), 7, "F6/E6");
        formula(s.getRow(17), 8, "I6+SUM(I13:I17)");
        keepOnly(wb, FORM3);
        if (evaluated) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        return bytes(wb);
    }

    /** A new formula cell in place of a stored value: no result until a formula evaluator stores one. */
    private static void formula(Row row, int col, String formula) {
        Cell old = row.getCell(col);
        var style = old.getCellStyle();
        row.removeCell(old);
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellFormula(formula);
    }

    /** The whole sample with form 3's sheet hidden. */
    static byte[] hiddenSheet() throws IOException {
        XSSFWorkbook wb = sample();
        wb.setSheetHidden(FORM3, true);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        return bytes(wb);
    }

    /** Form 3 with its second indicator row (工作人员到岗率, row 14) hidden. */
    static byte[] hiddenRow() throws IOException {
        XSSFWorkbook wb = sample();
        wb.getSheetAt(FORM3).getRow(13).setZeroHeight(true);
        keepOnly(wb, FORM3);
        return bytes(wb);
    }

    /** Form 3 from the sample Word file, its table split in two by a page break after the indicator header. */
    static byte[] splitTable() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> title = new ArrayList<>();
        try (XWPFDocument sample = new XWPFDocument(Files.newInputStream(SAMPLES.resolve("seed-forms.docx")))) {
            XWPFTable t = sample.getTables().get(FORM3);
            title.add("项目支出绩效自评表");
            title.add("（2023年度）");
            for (XWPFTableRow r : t.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell c : r.getTableCells()) {
                    var pr = c.getCTTc().getTcPr();
                    boolean continued = pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == null;
                    cells.add(continued ? "" : c.getText());
                    int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                    for (int k = 1; k < span; k++) {
                        cells.add("");
                    }
                }
                rows.add(cells);
            }
        }
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String t : title) {
                doc.createParagraph().createRun().setText(t);
            }
            int split = 11; // after the indicator table's header and its first row
            table(doc, rows.subList(0, split));
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            table(doc, rows.subList(split, rows.size()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), width);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                t.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
    }

    /** The sample workbook behind an open password (agile encryption, as Excel 2010 and later write it). */
    static byte[] password() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(SAMPLES.resolve("seed-forms.xlsx")));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The sample with 40 MB of spaces in its first sheet: a few tens of KB packed, a thousand times that unpacked. */
    static byte[] zipBomb(byte[] sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sample));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int k = 0; k < 40; k++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A page that is only a picture of a table, as a scanner makes it: no text layer. */
    static byte[] scannedPdf() throws IOException {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        for (int y = 20; y <= 180; y += 20) {
            g.drawLine(20, y, 380, y);
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 400, 400, 200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The sample PDF behind an open password. */
    static byte[] passwordPdf() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(SAMPLES.resolve("seed-forms.pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
