package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Form;
import dev.selfeval.model.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the forms in a file's grids and reads each: a form starts at its title row (…绩效自评表,
 * possibly wrapped in HTML), or at a 项目名称 row without a title (a form whose title was lost, or
 * forms run together), and runs to the next start. It may run on into a grid that continues the
 * one before (a PDF page, a Word table split by a page break), never into the next sheet.
 */
public final class FormSplitter {
    private FormSplitter() {
    }

    /**
     * @param file   the file as the user named it, for messages
     * @param idBase the stable name forms are numbered under ({@code <idBase>#<n>})
     */
    public static List<Form> read(List<Grid> grids, String file, String idBase, Templates templates)
            throws UnreadableInputException {
        return read(grids, file, idBase, 0, templates);
    }

    /**
     * The same for a piece of a file that starts at a form's title, after {@code before} forms read
     * from the pieces before it (they number the forms).
     */
    public static List<Form> read(List<Grid> grids, String file, String idBase, int before, Templates templates)
            throws UnreadableInputException {
        List<List<Row>> runs = new ArrayList<>();
        List<List<Integer>> pageTops = new ArrayList<>(); // per run: where each page that continues it begins
        String head = null; // the run's first line: a running page header (页眉) when each page begins with it
        for (Grid g : grids) {
            boolean continues = g.continues() && !runs.isEmpty();
            if (!continues) {
                runs.add(new ArrayList<>());
                pageTops.add(new ArrayList<>());
            } else {
                pageTops.get(runs.size() - 1).add(runs.get(runs.size() - 1).size());
            }
            int lines = 0;
            for (GridRow r : SpacedRuns.regrid(g.rows(), templates)) {
                Row row = new Row(r);
                if (!row.isBlank() && lines++ < TitleRows.PAGE_TOP) {
                    String text = row.join(0, Integer.MAX_VALUE);
                    if (!continues && lines == 1) {
                        head = row.find(templates.projectNameLabels()) < 0 && row.findContaining(templates.titles()) < 0 ? text : null;
                    } else if (continues && text.equals(head)) {
                        continue; // the page header printed again, like a page number: no part of the form
                    }
                }
                runs.get(runs.size() - 1).add(row);
            }
        }
        List<Form> forms = new ArrayList<>();
        Map<String, List<Template>> rankedByTitle = new HashMap<>();
        boolean blank = true;
        for (int run = 0; run < runs.size(); run++) {
            List<Row> rows = runs.get(run);
            blank &= rows.stream().allMatch(Row::isBlank);
            List<Integer> starts = starts(rows, templates, pageTops.get(run));
            for (int f = 0; f < starts.size(); f++) {
                int end = f + 1 < starts.size() ? starts.get(f + 1) : rows.size();
                List<Row> orphans = f == 0 ? tableRows(rows.subList(0, starts.get(0))) : List.of();
                List<Row> form = rows.subList(starts.get(f), end);
                forms.add(parse(file, idBase + "#" + (before + forms.size() + 1), form, orphans, ranked(form, templates, rankedByTitle), templates));
            }
        }
        if (forms.isEmpty()) {
            throw new UnreadableInputException(blank ? "文件只有空白，没有表格"
                    : "未找到任何自评表：没有「项目支出绩效自评表」标题行，也没有「项目名称」行");
        }
        return forms;
    }

    /**
     * A form read by the template it matches best; when that one cannot find its funds or indicator
     * block, or is a scored layout that found no 分值 or 得分 column under a title not its own (a
     * 绩效目标自评表 in the national wording), by the next that fits better (the first, on a tie, keeps it).
     */
    private static Form parse(String file, String id, List<Row> rows, List<Row> orphans, List<Template> ranked,
                              Templates templates) {
        Form best = null;
        int bestMisfit = Integer.MAX_VALUE;
        for (Template t : ranked) {
            Form f = new FormParser(file, id, rows, orphans, t, templates.vocabulary()).parse();
            int misfit = 2 * unread(f) + (t.scored() && f.missing().contains(BlockMissing.SCORES)
                    && rows.get(0).findContaining(t.titles()) < 0 ? 1 : 0);
            if (misfit < bestMisfit) {
                best = f;
                bestMisfit = misfit;
            }
            if (bestMisfit == 0) {
                break;
            }
        }
        return best;
    }

    /**
     * The templates from best match to worst for a form: a file's forms under one title are of one
     * layout, so they are ranked once, by the first of them (a form that the first template cannot
     * read is still read by the next that fits, see {@link #parse}); a form without a title row is
     * ranked on its own.
     */
    private static List<Template> ranked(List<Row> form, Templates templates, Map<String, List<Template>> byTitle) {
        Row first = form.get(0);
        if (first.findContaining(templates.titles()) < 0) {
            return TemplateChoice.ranked(form, templates);
        }
        return byTitle.computeIfAbsent(first.join(0, first.size()), t -> TemplateChoice.ranked(form, templates));
    }

    /**
     * The rows before a run's first form that look like a table's (two cells or more): the end of a
     * form whose start is not in the file. A line of prose (附件:, a cover page) is not one of them.
     */
    private static List<Row> tableRows(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            int filled = 0;
            for (int i = 0; i < r.size(); i++) {
                filled += r.blank(i) ? 0 : 1;
            }
            if (filled >= 2) {
                out.add(r);
            }
        }
        return out;
    }

    /** How many of the blocks every layout has (funds, indicators) the reader could not find. */
    private static int unread(Form f) {
        return (int) f.missing().stream().filter(b -> b.equals(BlockMissing.FUNDS) || b.equals(BlockMissing.INDICATORS))
                .count();
    }

    /** Whether a row is a form's title: a form always starts there (see {@link #starts}). */
    public static boolean titleRow(GridRow row, Templates templates) {
        Row r = new Row(row);
        return r.find(templates.projectNameLabels()) < 0 && titled(r, templates);
    }

    /**
     * Whether a row holds a form's title: a cell with one of the titles in it, the row no note that
     * names the form (a template's ignore label: 《项目支出绩效自评表》填报说明).
     */
    private static boolean titled(Row row, Templates templates) {
        return row.findContaining(templates.titles()) >= 0 && !Row.startsWithAny(row.firstKey(), templates.notes());
    }

    /** Where forms start in a run of rows; a title printed again at the top of a page that continues a form is none. */
    private static List<Integer> starts(List<Row> rows, Templates templates, List<Integer> pageTops) {
        List<Integer> out = new ArrayList<>();
        List<String> names = templates.projectNameLabels();
        boolean named = true;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean name = row.find(names) >= 0;
            // a 项目名称 row is no title, whatever its value says (…经费支出绩效自评表)
            if (!name && titled(row, templates)) {
                int top = out.isEmpty() ? -1 : pageTop(pageTops, i);
                int repeated = top < 0 ? 0
                        : TitleRows.repeatedTop(rows, out.get(out.size() - 1), i, nextTitle(rows, i + 1, templates), top, names);
                if (repeated > 0) {
                    i += repeated - 1; // the form's top printed again (print titles): no new form
                    continue;
                }
                out.add(i);
                named = false;
            } else if (name) {
                if (named) {
                    out.add(i);
                }
                named = true;
            }
        }
        if (out.size() > 1 && heading(rows, out.get(0), out.get(1), templates)) {
            out.remove(0);
        }
        return out;
    }

    /**
     * Whether the first title is the heading of the page the form was published on: it names a year
     * the form's own title does not (市财政局2019年度项目支出绩效自评表, 日期:…, then 项目支出绩效自评表), and
     * nothing between them is more than a line of one cell. The heading and its lines are prose before
     * the form, as a cover page is. (Two forms under one title, the first without its table, stay two.)
     */
    private static boolean heading(List<Row> rows, int first, int next, Templates templates) {
        Row a = rows.get(first);
        Row b = rows.get(next);
        if (a.find(templates.projectNameLabels()) >= 0 || b.find(templates.projectNameLabels()) >= 0) {
            return false;
        }
        Vocabulary.Layout layout = templates.vocabulary().layout();
        String heading = a.cell(a.findContaining(templates.titles()));
        if (layout.year(heading) == null || layout.year(b.join(0, b.size())) != null) {
            return false;
        }
        for (int i = first + 1; i < next; i++) {
            if (!rows.get(i).isBlank() && !rows.get(i).oneCell()) {
                return false;
            }
        }
        return true;
    }

    /** The first title row from {@code from} on; the run's end when none. */
    private static int nextTitle(List<Row> rows, int from, Templates templates) {
        for (int i = from; i < rows.size(); i++) {
            if (rows.get(i).find(templates.projectNameLabels()) < 0 && titled(rows.get(i), templates)) {
                return i;
            }
        }
        return rows.size();
    }

    /** The first row of the page holding row {@code i}, when that page continues the run; else -1. */
    private static int pageTop(List<Integer> pageTops, int i) {
        int top = -1;
        for (int t : pageTops) {
            top = t <= i ? t : top;
        }
        return top;
    }
}
