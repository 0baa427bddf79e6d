package dev.selfeval.ingest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.selfeval.model.Comparison;
import dev.selfeval.model.Form;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.FormReason;
import dev.selfeval.model.Goals;
import dev.selfeval.model.Header;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.Level1Weight;
import dev.selfeval.model.Measure;
import dev.selfeval.model.ReadGap;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.model.Reading;
import dev.selfeval.model.RowSource;
import dev.selfeval.model.SourceRef;
import dev.selfeval.model.Total;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON shape of a form (docs/form.schema.json). Field order is fixed so that
 * writing a form read from JSON gives the same bytes. {@code label} and the measures are written
 * for readers' convenience and recomputed, never trusted, on reading.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"schemaVersion", "id", "source", "template", "header", "amountUnit", "funds", "goals", "indicators",
        "level1Weights", "total", "reasons", "problems", "missing", "reading", "places"})
record FormDocument(int schemaVersion, String id, SourceDoc source, String template, HeaderDoc header, String amountUnit,
                    List<FundDoc> funds, GoalsDoc goals, List<IndicatorDoc> indicators,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Level1WeightDoc> level1Weights, TotalDoc total,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReasonDoc> reasons,
                    List<ProblemDoc> problems, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missing,
                    @JsonInclude(JsonInclude.Include.NON_NULL) ReadingDoc reading,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<Integer, PlaceDoc> places) {

    static final int SCHEMA_VERSION = 1;

    /** Where: a text file's line; a workbook's sheet and row; a PDF's page and line; a Word table and row. */
    @JsonPropertyOrder({"file", "line", "sheet", "page", "table"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourceDoc(String file, int line, String sheet, Integer page, Integer table) {
        static SourceDoc of(SourceRef s) {
            return new SourceDoc(s.file(), s.line(), s.sheet(), s.page(), s.table());
        }

        SourceRef toRef() {
            return new SourceRef(file, line, sheet, page, table, null);
        }
    }

    /**
     * Where a row of a workbook, Word or PDF form is, the column each field was read from, and the cell
     * of each field read from another row (a funds block with a row per amount).
     */
    @JsonPropertyOrder({"sheet", "page", "table", "line", "columns", "cells"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlaceDoc(String sheet, Integer page, Integer table, int line, Map<String, String> columns,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, CellDoc> cells) {
    }

    /** One cell: its row as {@link PlaceDoc} says, and its column. */
    @JsonPropertyOrder({"sheet", "page", "table", "line", "column"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellDoc(String sheet, Integer page, Integer table, int line, String column) {
        static CellDoc of(SourceRef r) {
            return new CellDoc(r.sheet(), r.page(), r.table(), r.line(), r.column());
        }

        SourceRef toRef(String file) {
            return new SourceRef(file, line, sheet, page, table, column);
        }
    }

    @JsonPropertyOrder({"projectName", "department", "implementingUnit", "year", "projectCode"})
    record HeaderDoc(String projectName, String department, String implementingUnit, Integer year,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String projectCode) {
    }

    @JsonPropertyOrder({"kind", "label", "initialBudget", "annualBudget", "executed", "weight", "rate", "score",
            "line"})
    record FundDoc(FundKind kind, String label, BigDecimal initialBudget, BigDecimal annualBudget,
                   BigDecimal executed, BigDecimal weight, BigDecimal rate, BigDecimal score, int line) {
    }

    @JsonPropertyOrder({"expected", "actual", "line"})
    record GoalsDoc(String expected, String actual, int line) {
    }

    /** A level-1 group's weight written in its name, in a layout without a 分值 column. */
    @JsonPropertyOrder({"level1", "weight", "line"})
    record Level1WeightDoc(String level1, BigDecimal weight, int line) {
    }

    @JsonPropertyOrder({"label", "text", "line"})
    record ReasonDoc(String label, String text, int line) {
    }

    @JsonPropertyOrder({"index", "level1", "level2", "name", "target", "actual", "weight", "score", "reason",
            "line", "targetMeasure", "actualMeasure"})
    record IndicatorDoc(int index, String level1, String level2, String name, String target, String actual,
                        BigDecimal weight, BigDecimal score, String reason, int line,
                        MeasureDoc targetMeasure, MeasureDoc actualMeasure) {
    }

    @JsonPropertyOrder({"comparison", "number", "unit"})
    record MeasureDoc(Comparison comparison, BigDecimal number, String unit) {
        /** Null for plain text: only a comparator or a number makes a measure worth writing. */
        static MeasureDoc of(Measure m) {
            return m.comparison() == null && m.number() == null ? null : new MeasureDoc(m.comparison(), m.number(), m.unit());
        }
    }

    @JsonPropertyOrder({"weight", "score", "grade", "line"})
    record TotalDoc(BigDecimal weight, BigDecimal score, String grade, int line) {
    }

    @JsonPropertyOrder({"code", "line", "field", "text", "message"})
    record ProblemDoc(String code, int line, String field, String text, String message) {
    }

    /** What the reader understood (the grid as received is not written: it is the source file itself). */
    @JsonPropertyOrder({"complete", "gaps", "cells", "placed", "amountStep", "reasonColumn"})
    record ReadingDoc(List<String> complete, List<GapDoc> gaps, int cells, int placed,
                      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal amountStep,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean reasonColumn) {
        static ReadingDoc of(Reading r) {
            if (r.cells() == 0 && r.complete().isEmpty() && r.gaps().isEmpty()) {
                return null;
            }
            return new ReadingDoc(r.complete(), r.gaps().stream().map(g -> new GapDoc(g.block(), g.line(), g.label(), g.cells(),
                    g.why())).toList(), r.cells(), r.placed(), r.amountStep(), r.reasonColumn() ? null : Boolean.FALSE);
        }

        Reading toReading() {
            if (cells < 0 || placed < 0 || placed > cells) {
                throw new IllegalArgumentException("reading.placed 为 " + placed + "，应在 0 到 reading.cells（" + cells + "）之间");
            }
            if (amountStep != null && amountStep.signum() <= 0) {
                throw new IllegalArgumentException("reading.amountStep 为 " + amountStep.toPlainString() + "，应大于 0");
            }
            return new Reading(complete == null ? List.of() : complete, gaps == null ? List.of() : gaps.stream()
                    .map(g -> new ReadGap(g.block, g.line, g.label, g.cells, g.why)).toList(), cells, placed, List.of(), amountStep,
                    reasonColumn == null || reasonColumn);
        }
    }

    @JsonPropertyOrder({"block", "line", "label", "cells", "why"})
    record GapDoc(String block, int line, String label, String cells, String why) {
    }

    private static Map<String, CellDoc> cells(RowSource r) {
        Map<String, CellDoc> out = new TreeMap<>();
        r.cells().forEach((field, ref) -> out.put(field, CellDoc.of(ref)));
        return out;
    }

    static FormDocument of(Form f) {
        Header h = f.header();
        Map<Integer, PlaceDoc> places = new TreeMap<>();
        f.places().forEach((line, r) -> places.put(line, new PlaceDoc(r.at().sheet(), r.at().page(), r.at().table(),
                r.at().line(), new TreeMap<>(r.columns()), cells(r))));
        return new FormDocument(SCHEMA_VERSION, f.id(), SourceDoc.of(f.source()), f.template(),
                new HeaderDoc(h.projectName(), h.department(), h.implementingUnit(), h.year(), h.projectCode()), f.amountUnit(),
                f.funds().stream().map(l -> new FundDoc(l.kind(), l.kind().label(), l.initialBudget(),
                        l.annualBudget(), l.executed(), l.weight(), l.rate(), l.score(), l.line())).toList(),
                new GoalsDoc(f.goals().expected(), f.goals().actual(), f.goals().line()),
                f.indicators().stream().map(i -> new IndicatorDoc(i.index(), i.level1(), i.level2(), i.name(),
                        i.target(), i.actual(), i.weight(), i.score(), i.reason(), i.line(),
                        MeasureDoc.of(i.targetMeasure()), MeasureDoc.of(i.actualMeasure()))).toList(),
                f.level1Weights().stream().map(w -> new Level1WeightDoc(w.level1(), w.weight(), w.line())).toList(),
                new TotalDoc(f.total().weight(), f.total().score(), f.total().grade(), f.total().line()),
                f.reasons().stream().map(r -> new ReasonDoc(r.label(), r.text(), r.line())).toList(),
                f.problems().stream().map(p -> new ProblemDoc(p.code(), p.line(), p.field(), p.text(),
                        p.message())).toList(), f.missing(), ReadingDoc.of(f.reading()), places);
    }

    /** The years a form can be of: performance self-evaluation began long after the first, budgets are not written a lifetime ahead. */
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2100;

    /** The model form; throws IllegalArgumentException naming the field that is missing or wrong. */
    Form toForm(Vocabulary vocabulary) {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion 为 " + schemaVersion + "，本工具只读 " + SCHEMA_VERSION);
        }
        require(id, "id");
        require(source, "source");
        require(header, "header");
        require(funds, "funds");
        if (header.year != null && (header.year < MIN_YEAR || header.year > MAX_YEAR)) {
            throw new IllegalArgumentException("header.year 为 " + header.year + "，应为 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间的年度");
        }
        FundLine[] lines = new FundLine[FundKind.values().length];
        for (FundDoc d : funds) {
            require(d.kind, "funds[].kind");
            if (lines[d.kind.ordinal()] != null) {
                throw new IllegalArgumentException("funds 中 " + d.kind + " 出现两次");
            }
            lines[d.kind.ordinal()] = new FundLine(d.kind, d.initialBudget, d.annualBudget, d.executed, d.weight,
                    d.rate, d.score, d.line);
        }
        for (FundKind k : FundKind.values()) {
            if (lines[k.ordinal()] == null) {
                lines[k.ordinal()] = FundLine.blank(k);
            }
        }
        GoalsDoc g = goals != null ? goals : new GoalsDoc(null, null, 0);
        TotalDoc t = total != null ? total : new TotalDoc(null, null, null, 0);
        List<Indicator> inds = indicators == null ? List.of() : indicators.stream()
                .map(i -> Indicator.of(i.index, i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score,
                        i.reason, i.line, vocabulary)).toList();
        List<ReadProblem> probs = problems == null ? List.of() : problems.stream()
                .map(p -> new ReadProblem(p.code, p.line, p.field, p.text, p.message)).toList();
        Map<Integer, RowSource> rows = new HashMap<>();
        if (places != null) {
            places.forEach((line, p) -> {
                Map<String, SourceRef> cells = new HashMap<>();
                if (p.cells != null) {
                    p.cells.forEach((field, c) -> cells.put(field, c.toRef(source.file)));
                }
                rows.put(line, new RowSource(new SourceRef(source.file, p.line, p.sheet, p.page, p.table, null),
                        p.columns == null ? Map.of() : p.columns, cells));
            });
        }
        return new Form(id, source.toRef(), template,
                new Header(header.projectName, header.department, header.implementingUnit, header.year,
                        header.projectCode != null ? header.projectCode : vocabulary.layout().projectCode(header.projectName)),
                amountUnit != null ? amountUnit : "元", List.of(lines), new Goals(g.expected, g.actual, g.line),
                inds, level1Weights == null ? List.of() : level1Weights.stream().map(w -> new Level1Weight(w.level1, w.weight, w.line)).toList(),
                new Total(t.weight, t.score, t.grade, t.line), reasons == null ? List.of() : reasons.stream()
                        .map(r -> new FormReason(r.label, r.text, r.line)).toList(), probs, rows, missing == null ? List.of() : missing,
                reading == null ? null : reading.toReading());
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("缺少字段 " + field);
        }
    }
}
