package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A workbook's shared-strings table, streamed by POI's read-only table (phonetic guides left out, as
 * Excel shows the text) and refused past {@link #MAX_STRINGS} strings rather than held in memory.
 * A workbook saved as Strict Open XML names its elements in another namespace, read as the usual one.
 */
final class BoundedSharedStrings extends ReadOnlySharedStringsTable {
    /**
     * Strings of one workbook's table at most: a form has some 60 distinct texts, its labels shared
     * with every other form, so even {@link SheetCells#MAX_ROWS} rows of forms have far fewer.
     */
    static final int MAX_STRINGS = 500_000;

    private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String TRANSITIONAL = XSSFRelation.NS_SPREADSHEETML;

    private int items;

    private BoundedSharedStrings() throws IOException, SAXException {
        super(InputStream.nullInputStream(), false); // empty: nothing is parsed until readFrom
    }

    /** The table of the workbook, or null when it has none (every text inline). */
    static SharedStrings read(OPCPackage pkg) throws IOException, SAXException, UnreadableInputException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        BoundedSharedStrings table = new BoundedSharedStrings();
        try (InputStream in = parts.get(0).getInputStream()) {
            table.readFrom(in);
        } catch (SheetXml.Refused r) {
            throw r.reason;
        }
        return table;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        if ("si".equals(local) && ++items > MAX_STRINGS) {
            throw new SheetXml.Refused(new UnreadableInputException("工作簿的共享字符串表超过 " + MAX_STRINGS
                    + " 条，已拒绝读取（一张自评表只有几十条；请检查文件是否由程序生成出错，或拆分为多个文件，再审核）"));
        }
        super.startElement(transitional(uri), local, qName, a);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        super.endElement(transitional(uri), local, qName);
    }

    private static String transitional(String uri) {
        return STRICT.equals(uri) ? TRANSITIONAL : uri;
    }
}
