package dev.selfeval.support;

import dev.selfeval.store.Database;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.RunQueries.Run;
import dev.selfeval.store.RunQueries.StoredForm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 30's "done when", on any database ({@code --db}): the seed saved, then saved again under
 * another file name with the first run as its baseline, gives 0 new / 0 resolved; runs, runs show
 * and history tell both runs, with the seed's exact counts.
 */
public final class SavedRunsScenario {
    private static final Pattern SAVED = Pattern.compile("已保存为运行 (\\d+)");

    private SavedRunsScenario() {
    }

    /** The two runs' ids. */
    public record Ids(long first, long second) {
    }

    public static Ids run(String db, Path tmp) throws Exception {
        CliRun first = CliRun.run("audit", Fixtures.SEED.toString(), "--save", "--db", db, "--format", "json",
                "--out", tmp.resolve("first.json").toString());
        assertEquals(1, first.exit(), "the seed has an error: " + first.err());
        long one = saved(first);
        Path renamed = tmp.resolve("2024年自评表（重报）.txt");
        Files.copy(Fixtures.SEED, renamed);
        CliRun second = CliRun.run("audit", renamed.toString(), "--save", "--db", db, "--baseline", "run:" + one, "--fail-on", "none");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("错误 1 · 警告 33 · 提示 4 · 新增 0 · 原有 38 · 已解决 0"), second.out());
        long two = saved(second);

        Database d = Database.open(db);
        RunQueries q = new RunQueries(d);
        for (long id : List.of(one, two)) {
            Run r = q.run(id).orElseThrow();
            assertEquals(List.of(10, 1, 33, 4, 0, 1), List.of(r.forms(), r.errors(), r.warnings(), r.infos(), r.waived(), r.files()));
            assertTrue(r.finished());
            List<StoredForm> forms = q.forms(id, 3, null, 1);
            assertEquals(10, forms.size());
            assertEquals(List.of(1, 31, 4), List.of(forms.stream().mapToInt(StoredForm::errors).sum(),
                    forms.stream().mapToInt(StoredForm::warnings).sum(), forms.stream().mapToInt(StoredForm::infos).sum()));
            assertEquals(2, q.findings(id, null).size(), "two findings on groups of forms");
            assertEquals("系统及平台运行维护费", forms.get(0).project(), "the form with the error comes first");
            assertEquals(2023, forms.get(0).year());
            assertEquals("上海市宝山区城市网格化综合管理中心/系统及平台运行维护费", forms.get(0).key());
        }
        Run r2 = q.run(two).orElseThrow();
        assertEquals(List.of(0, 38, 0), List.of(r2.newFindings(), r2.unchangedFindings(), r2.resolvedFindings()));
        assertEquals("run:" + one, r2.baseline());
        assertEquals(q.baseline(one).orElseThrow().size(), 38);

        CliRun runs = CliRun.run("runs", "--db", db);
        assertEquals(0, runs.exit(), runs.err());
        String[] lines = runs.out().split("\n");
        assertEquals("编号\t开始时间\t表数\t错误\t警告\t规则指纹\t状态\t输入", lines[0]);
        assertTrue(lines[1].startsWith(two + "\t") && lines[1].contains("\t10\t1\t33\t") && lines[1].contains("\t已完成\t" + renamed), runs.out());
        assertTrue(lines[2].startsWith(one + "\t") && lines[2].endsWith("\t已完成\t" + Fixtures.SEED), runs.out());

        CliRun show = CliRun.run("runs", "show", String.valueOf(two), "--db", db);
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("1 个文件 · 10 张表 · 错误 1 · 警告 33 · 提示 4 · 与基线 run:" + one + " 相比：新增 0 · 原有 38 · 已解决 0"), show.out());
        assertTrue(show.out().contains("共 10 张，第 1/1 页\n   1. [错误] 系统及平台运行维护费 · 上海市宝山区城市网格化综合管理中心 · 2023 年度"), show.out());
        assertTrue(show.out().contains("涉及多张表或豁免清单的发现（2）"), show.out());
        CliRun errors = CliRun.run("runs", "show", "run:" + two, "--severity", "error", "--db", db);
        assertTrue(errors.out().contains("共 1 张，第 1/1 页"), errors.out());
        CliRun dept = CliRun.run("runs", "show", String.valueOf(two), "--dept", "上海市宝山区城市运行管理中心", "--severity", "warning",
                "--findings", "--db", db);
        assertTrue(dept.out().contains("共 1 张") && dept.out().contains("宝山区城市运行管理中心物业服务经费"), dept.out());
        assertEquals(8, dept.out().split("\\[原有]", -1).length - 1 - 2, "its 8 warnings, and the 2 group findings, are listed: " + dept.out());

        CliRun history = CliRun.run("history", "城运着装更换", "--db", db);
        assertEquals(0, history.exit(), history.err());
        assertTrue(history.out().startsWith("项目「城运着装更换」：2 张表，2 次运行\n"), history.out());
        assertEquals(2, history.out().split("FORM-GOAL-MISSING", -1).length - 1, history.out());
        CliRun byKey = CliRun.run("history", "上海市宝山区城市网格化综合管理中心/城运着装更换", "--db", db);
        assertTrue(byKey.out().contains("2 张表，2 次运行"), byKey.out());
        return new Ids(one, two);
    }

    private static long saved(CliRun r) {
        Matcher m = SAVED.matcher(r.err());
        assertTrue(m.find(), r.err());
        return Long.parseLong(m.group(1));
    }
}
