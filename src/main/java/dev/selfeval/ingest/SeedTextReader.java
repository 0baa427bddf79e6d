package dev.selfeval.ingest;

import dev.selfeval.model.Form;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the PDF-extracted text format of the seed: any number of forms, each starting at its title
 * line (财政项目支出绩效自评表, possibly wrapped in HTML); a 项目名称 row without a title starts one too.
 */
public final class SeedTextReader {
    private SeedTextReader() {
    }

    /**
     * @param file   the file as the user named it, for messages
     * @param idBase the stable name forms are numbered under ({@code <idBase>#<n>})
     */
    public static List<Form> read(String text, String file, String idBase) throws UnreadableInputException {
        // Lines end at \n, \r\n or \r; the text after the last line end is a line too. indexOf is
        // the JDK's vectorised search, several times faster than a loop over the chars; the next \n
        // and the next \r are each searched for only once passed, so the text is scanned once.
        List<Row> rows = new ArrayList<>(text.length() / 24 + 16); // ~30 chars a line in the seed
        int n = text.length();
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        for (int start = 0; start <= n; ) {
            if (lf >= 0 && lf < start) {
                lf = text.indexOf('\n', start);
            }
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            int end = lf < 0 ? n : lf;
            int next = end + 1;
            if (cr >= 0 && cr < end) {
                end = cr;
                next = cr + 1 < n && text.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
            }
            rows.add(Row.parse(rows.size() + 1, text, start, end));
            start = next;
        }
        List<Integer> starts = starts(rows);
        if (starts.isEmpty()) {
            if (rows.stream().allMatch(Row::isBlank)) {
                throw new UnreadableInputException("文件只有空白，没有表格", 0);
            }
            throw new UnreadableInputException(
                    "未找到任何自评表：没有「财政项目支出绩效自评表」标题行，也没有「项目名称」行", 0);
        }
        List<Form> forms = new ArrayList<>();
        for (int f = 0; f < starts.size(); f++) {
            int end = f + 1 < starts.size() ? starts.get(f + 1) : rows.size();
            forms.add(new FormParser(file, idBase + "#" + (f + 1), rows.subList(starts.get(f), end)).parse());
        }
        return forms;
    }

    /**
     * Where forms start: at each title line, and at a 项目名称 row that has no title of its own
     * (a form whose title was lost, or forms run together), so that no form is swallowed by another.
     */
    private static List<Integer> starts(List<Row> rows) {
        List<Integer> out = new ArrayList<>();
        boolean named = true;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.mayContain('评') && row.findContaining("绩效自评表") >= 0) {
                out.add(i);
                named = row.find("项目名称") >= 0;
            } else if (row.mayContain('项') && row.find("项目名称") >= 0) {
                if (named) {
                    out.add(i);
                }
                named = true;
            }
        }
        return out;
    }
}
