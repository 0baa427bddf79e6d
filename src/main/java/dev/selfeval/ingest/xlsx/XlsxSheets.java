package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sheets of an .xlsx workbook, each part streamed past a SAX handler ({@link SheetXml}) rather
 * than built into a document in memory: faster, and a sheet (or a shared-strings table) too large to
 * read is refused as soon as it reaches its limit. Two sheets of one part, which Excel never writes,
 * are refused: they would read that part again for every sheet that names it.
 */
final class XlsxSheets {
    private XlsxSheets() {
    }

    static List<SheetCells> read(OPCPackage pkg) throws Exception {
        XSSFReader reader = new XSSFReader(pkg, true);
        SharedStrings strings = BoundedSharedStrings.read(pkg);
        StylesTable styles = reader.getStylesTable();
        List<String> hidden = hiddenSheets(reader);
        NumberCells numbers = new NumberCells();
        WorkbookSize size = new WorkbookSize();
        Map<PackagePartName, String> parts = new HashMap<>();
        List<SheetCells> out = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                String before = parts.putIfAbsent(sheets.getSheetPart().getPartName(), name);
                if (before != null) {
                    throw new UnreadableInputException("工作表「" + name + "」与「" + before
                            + "」是同一份内容（Excel 不会这样保存，文件可能经过改动），已拒绝读取（请在 Excel 中打开并另存，再审核）");
                }
                SheetCells cells = new SheetCells(name, hidden.contains(name), size);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetXml(cells, strings, styles, numbers));
                try {
                    xml.parse(new InputSource(in));
                } catch (SheetXml.Refused r) {
                    throw r.reason;
                }
                out.add(cells);
            }
        }
        return out;
    }

    /** The names of the sheets workbook.xml marks hidden or very hidden. */
    private static List<String> hiddenSheets(XSSFReader reader) throws Exception {
        List<String> hidden = new ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                String state = a.getValue("state");
                if ("sheet".equals(local) && state != null && !"visible".equals(state)) {
                    hidden.add(a.getValue("name"));
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            xml.parse(new InputSource(in));
        }
        return hidden;
    }
}
