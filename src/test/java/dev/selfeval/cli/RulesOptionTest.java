package dev.selfeval.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The rules folder without --rules: ./rules when present, else the folder the system property
 * selfeval.rules.dir names (the download's launchers name the package's rules/), else the bundled copy.
 */
class RulesOptionTest {

    @Test
    void aRulesFolderHereComesFirst(@TempDir Path tmp) throws Exception {
        Path here = Files.createDirectories(tmp.resolve("rules"));
        assertEquals(here, RulesOption.defaultFolder(here, tmp.resolve("package/rules").toString()));
        assertEquals(here, RulesOption.defaultFolder(here, null));
    }

    @Test
    void withoutOneThePropertysFolderIsUsed(@TempDir Path tmp) {
        Path here = tmp.resolve("rules");
        Path configured = tmp.resolve("package/rules");
        assertEquals(configured, RulesOption.defaultFolder(here, configured.toString()));
    }

    @Test
    void withoutEitherTheBundledRulesAreUsed(@TempDir Path tmp) {
        Path here = tmp.resolve("rules");
        assertNull(RulesOption.defaultFolder(here, null));
        assertNull(RulesOption.defaultFolder(here, " "));
    }

    @Test
    void aFileNamedRulesIsNoRulesFolder(@TempDir Path tmp) throws Exception {
        Path here = Files.writeString(tmp.resolve("rules"), "not a folder");
        assertNull(RulesOption.defaultFolder(here, null));
    }

    @Test
    void theOptionTakesTheGivenFolderFirst(@TempDir Path tmp) {
        RulesOption option = new RulesOption();
        option.dir = tmp.resolve("mine");
        assertEquals(tmp.resolve("mine"), option.folder());
    }
}
