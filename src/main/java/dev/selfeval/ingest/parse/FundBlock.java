package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.model.FormReason;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * The funds block (项目资金), read the way the template says it runs: a row per fund source with the
 * amounts in columns ({@link FundTable}, the national layout), or a row per amount with the fund
 * sources in columns ({@link FundAmountRows}, {@code funds.kindsIn: rows}).
 */
interface FundBlock {

    /**
     * A header row of the funds block, read as the template says the block runs; null when the row is
     * none. {@code noteUnit}: the unit a note above the table names (单位：万元), for a header that names none.
     */
    static FundBlock header(Row row, Template template, Vocabulary vocabulary, String noteUnit) {
        return template.fundKindsInRows() ? FundAmountRows.header(row, template, vocabulary, noteUnit)
                : FundTable.header(row, template, vocabulary, noteUnit);
    }

    /** The fund lines of a form without a funds block. */
    static List<FundLine> blankLines() {
        List<FundLine> out = new ArrayList<>();
        for (FundKind k : FundKind.values()) {
            out.add(FundLine.blank(k));
        }
        return out;
    }

    /** The money unit of the block's amounts. */
    String unit();

    /** The header row's cells the block took in: its label and its columns' names. */
    void labelCells(Row row, Places places);

    /** Reads a row of the block; answers false when the row is none of its rows. */
    boolean accept(Row row, Problems problems, Places places);

    /** The four lines in form order; a source the form does not have comes back blank. */
    List<FundLine> lines();

    /** The texts of the block's reason column (原因), as reasons the form states outside its indicator rows. */
    default List<FormReason> reasons() {
        return List.of();
    }

    /** Whether the block has its total (年度资金总额). */
    boolean hasTotal();
}
