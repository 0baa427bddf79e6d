package dev.selfeval.engine.run;

import dev.selfeval.ingest.FileResult;
import dev.selfeval.model.Form;
import dev.selfeval.model.Header;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.Measure;
import dev.selfeval.model.SweepGroup;
import dev.selfeval.model.SweepMember;
import dev.selfeval.model.Texts;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The sweep signatures: an indicator table's hash, built piece by piece, is the hash of the table written out. */
class SweepIndexTest {

    /** The table as text: names and targets (numbers normalised), whitespace removed, \u0001 and \u0002 between. */
    private static String tableText(Form f) {
        StringBuilder sb = new StringBuilder();
        for (Indicator i : f.indicators()) {
            sb.append(Texts.squeeze(i.name())).append('\u0001');
            Measure t = i.targetMeasure();
            if (t.quantitative()) {
                sb.append(t.comparison() == null ? "" : t.comparison().symbol())
                        .append(t.number().stripTrailingZeros().toPlainString()).append(' ')
                        .append(t.normalizedUnit() == null ? "" : t.normalizedUnit());
            } else {
                sb.append(i.target() == null ? "" : Texts.squeeze(i.target()));
            }
            sb.append('\u0002');
        }
        return sb.toString();
    }

    @Test
    void tableHashIsTheHashOfTheTableWrittenOut() {
        FileResult r = Fixtures.read(Fixtures.SEED);
        List<Form> forms = r.forms();
        for (Form f : forms) {
            assertEquals(Fnv.hash(tableText(f)), SweepIndex.tableHash(f), f.id());
        }
        // in the seed, forms 1 and 5 share an indicator table, and so do forms 4 and 9 (their indicator rows are the same text)
        assertEquals(SweepIndex.tableHash(forms.get(0)), SweepIndex.tableHash(forms.get(4)));
        assertEquals(SweepIndex.tableHash(forms.get(3)), SweepIndex.tableHash(forms.get(8)));
        assertNotEquals(SweepIndex.tableHash(forms.get(0)), SweepIndex.tableHash(forms.get(1)));
    }

    /** What a group's message needs comes back from the spill file as it went in: blanks as blanks, long names whole. */
    @Test
    void groupMembersComeBackFromTheSpillFileWhole() throws Exception {
        List<Form> seed = Fixtures.seedForms();
        String longName = "项目".repeat(40_000); // 240,000 bytes of UTF-8: more than DataOutput's writeUTF takes
        Form a = renamed(seed.get(1), longName, null);
        Form b = renamed(seed.get(2), longName, null);
        List<SweepGroup> groups;
        try (SweepIndex index = new SweepIndex()) {
            for (Form f : List.of(seed.get(0), a, seed.get(4), b)) {
                index.add(SweepIndex.Entry.of(f));
            }
            groups = index.groups();
        }
        assertEquals(List.of(
                new SweepGroup(SweepGroup.Kind.TABLE, List.of(member(seed.get(0), seed.get(0).projectName(), seed.get(0).header().department()),
                        member(seed.get(4), seed.get(4).projectName(), seed.get(4).header().department()))),
                new SweepGroup(SweepGroup.Kind.PROJECT, List.of(member(a, longName, null), member(b, longName, null)))), groups);
    }

    @Test
    void aProjectsFormsArePairedWithTheYearBeforeOnly() {
        dev.selfeval.model.YearForm y2021 = new dev.selfeval.model.YearForm("a#1", "项目", 2021, null, List.of(), List.of());
        dev.selfeval.model.YearForm y2022 = new dev.selfeval.model.YearForm("a#2", "项目", 2022, null, List.of(), List.of());
        dev.selfeval.model.YearForm y2024 = new dev.selfeval.model.YearForm("a#3", "项目", 2024, null, List.of(), List.of());
        List<SweepMember> members = List.of(
                new SweepMember("a#3", "项目", "局", null, "局/项目", 2024),
                new SweepMember("a#1", "项目", "局", null, "局/项目", 2021),
                new SweepMember("a#2", "项目", "局", null, "局/项目", 2022));
        List<dev.selfeval.model.YearPair> pairs = YearPairs.of(members, List.of(y2024, y2021, y2022));
        assertEquals(List.of("a#1→a#2"), pairs.stream().map(p -> p.earlier().formId() + "→" + p.later().formId()).toList(),
                "2022 after 2021; 2024 has no 2023 to be held against");
    }

    private static Form renamed(Form f, String project, String department) {
        Header h = new Header(project, department, f.header().implementingUnit(), f.header().year());
        return new Form(f.id(), f.source(), f.template(), h, f.amountUnit(), f.funds(), f.goals(), f.indicators(), f.level1Weights(), f.total(), f.reasons(), f.problems(),
                f.places(), f.missing(), f.reading());
    }

    private static SweepMember member(Form f, String project, String department) {
        return new SweepMember(f.id(), project, department, f.source(), f.key(), f.header().year());
    }
}
