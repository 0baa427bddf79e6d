package dev.selfeval.ingest.docx;

import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The shape of a Word document's body, streamed past before POI builds its model of it. POI's
 * model takes time growing with the square of the rows of a table, the cells of a row, the
 * paragraphs of a cell and the pieces of text of a run (each counts its children anew for every
 * child: 32,000 rows in one table take 10 s), so a document with more of any than a form can have
 * is refused before POI sees it.
 */
final class DocxShape extends DefaultHandler {
    /** Rows of one table at most: a form's table has 20 to 30, and no more than 2,000 rows of one form are read. */
    static final int MAX_ROWS = 2_000;
    /** Cells of one table row at most: Word makes tables of at most 63 columns. */
    static final int MAX_ROW_CELLS = 200;
    /** Paragraphs of one table cell at most: a form's cell holds a few. */
    static final int MAX_CELL_PARAGRAPHS = 1_000;
    /** Pieces of text ({@code w:t}) of one run at most: Word writes a run's text as one, a few around its tabs and breaks. */
    static final int MAX_RUN_TEXTS = 1_000;

    /** Thrown out of the parser with the refusal. */
    private static final class Refused extends SAXException {
        final transient UnreadableInputException reason;

        Refused(String message) {
            super(message);
            reason = new UnreadableInputException(message);
        }
    }

    /** The open elements, innermost first. */
    private final Deque<Open> open = new ArrayDeque<>();
    private int tables;

    /** An open element: its name, the table it is in (numbered through the document) and its children of the kind watched. */
    private static final class Open {
        final String name;
        final int table;
        int children;

        Open(String name, int table) {
            this.name = name;
            this.table = table;
        }
    }

    private DocxShape() {
    }

    /** Refuses the package when its main document has more rows, cells, paragraphs or pieces of text than allowed. */
    static void check(OPCPackage pkg) throws UnreadableInputException, IOException {
        PackagePart main = main(pkg);
        if (main == null) {
            return; // POI says what is missing
        }
        try (InputStream in = main.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DocxShape());
            xml.parse(new InputSource(in));
        } catch (Refused r) {
            throw r.reason;
        } catch (SAXException | ParserConfigurationException e) {
            // not well-formed: POI, which reads it next, says what is wrong in its words as ever
        }
    }

    private static PackagePart main(OPCPackage pkg) {
        for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
            PackageRelationship rel = rels.size() > 0 ? rels.getRelationship(0) : null;
            if (rel != null) {
                return pkg.getPart(rel);
            }
        }
        return null;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        Open parent = open.peek();
        if (parent != null) {
            String where = "Word 文件的表格（文档中第 " + parent.table + " 个）";
            switch (parent.name + "/" + local) {
                case "tbl/tr" -> over(parent, MAX_ROWS, where + "超过 " + MAX_ROWS
                        + " 行，已拒绝读取（一张自评表只有二三十行；请把表格拆开，或拆分为多个文件，再审核）");
                case "tr/tc" -> over(parent, MAX_ROW_CELLS, where + "有一行超过 " + MAX_ROW_CELLS
                        + " 个单元格，已拒绝读取（Word 的表格最多 63 列；请检查文件是否由程序生成出错）");
                case "tc/p" -> over(parent, MAX_CELL_PARAGRAPHS, where + "有一个单元格超过 " + MAX_CELL_PARAGRAPHS
                        + " 段，已拒绝读取（请检查文件是否由程序生成出错）");
                case "r/t" -> over(parent, MAX_RUN_TEXTS, "Word 文件中有一段文字被拆成超过 " + MAX_RUN_TEXTS
                        + " 个片段（w:t），已拒绝读取（请检查文件是否由程序生成出错，或在 Word 中另存后再审核）");
                default -> {
                }
            }
        }
        open.push(new Open(local, "tbl".equals(local) ? ++tables : parent == null ? 0 : parent.table));
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        open.pop();
    }

    private static void over(Open parent, int max, String message) throws Refused {
        if (++parent.children > max) {
            throw new Refused(message);
        }
    }
}
