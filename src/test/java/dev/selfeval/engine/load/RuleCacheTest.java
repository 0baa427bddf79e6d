package dev.selfeval.engine.load;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules read back from the cache audit every form exactly as freshly compiled ones; a bad entry is compiled again. */
class RuleCacheTest {

    private static List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    /** Every form the repository ships: the seed, the samples in each format, other provinces' forms, the rule cases. */
    private static List<Form> forms() throws Exception {
        List<Form> out = new ArrayList<>(Fixtures.seedForms());
        for (String dir : List.of("fixtures/samples", "fixtures/provinces", "rules/tests")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".yaml")
                        && !p.toString().endsWith(".drl") && !p.toString().contains("/json/")).sorted().toList()) {
                    FileResult r = Fixtures.read(p);
                    out.addAll(r.forms());
                }
            }
        }
        return out;
    }

    @Test
    void cachedRulesAuditAsCompiledOnes(@TempDir Path cache) throws Exception {
        RuleFiles files = RuleFiles.of(Rules.DIR);
        RuleSet compiled = RuleLoader.load(files, new RuleCache(cache));
        assertEquals(1, entries(cache).size(), "the first load keeps what it compiled");
        RuleSet cached = RuleLoader.load(files, new RuleCache(cache));
        assertEquals(compiled.fingerprint(), cached.fingerprint());
        Auditor a = new Auditor(compiled);
        Auditor b = new Auditor(cached);
        List<Form> forms = forms();
        assertTrue(forms.size() > 150, "the shipped forms, all of them: " + forms.size());
        for (Form f : forms) {
            FormAudit x = a.audit(f);
            FormAudit y = b.audit(f);
            assertEquals(x.findings(), y.findings(), f.id());
            assertEquals(x.score(), y.score(), f.id());
            assertEquals(x.indicators(), y.indicators(), f.id());
            assertEquals(x.budget(), y.budget(), f.id());
        }
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndAnEditMisses(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path rules = Rules.copy(tmp.resolve("rules"));
        RuleLoader.load(RuleFiles.of(rules), new RuleCache(cache));
        Path entry = entries(cache).get(0);
        Files.write(entry, new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 's', 'r', 0, 1, 'x'});
        List<String> said = new ArrayList<>();
        RuleSet again = RuleLoader.load(RuleFiles.of(rules), new RuleCache(cache, said::add, PackageReader.BUDGET));
        assertEquals(50, again.rules().size());
        assertEquals(List.of("selfeval: 未使用编译规则缓存中的 " + entry + "：内容已损坏，读不出来；已删除，本次重新编译规则"), said);
        assertTrue(Files.size(entry) > 10_000, "written again: " + Files.size(entry));
        Rules.edit(rules.resolve("parameters.yaml"), "  overAchievement: 130", "  overAchievement: 140");
        RuleSet edited = RuleLoader.load(RuleFiles.of(rules), new RuleCache(cache));
        assertEquals(1, entries(cache).size(), "the compiled rules do not depend on the parameters: the same entry");
        assertEquals(0, edited.params().overAchievement().compareTo(new java.math.BigDecimal("140")), "and the edited value is read");
        Files.writeString(rules.resolve("funds.drl"), Files.readString(rules.resolve("funds.drl")) + "\n// 改过\n");
        RuleLoader.load(RuleFiles.of(rules), new RuleCache(cache));
        assertEquals(2, entries(cache).size(), "an edited rule file is another entry");
    }
}
