package dev.selfeval.engine.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A rule test case: a form file (in any format the tool reads) and the findings the rules must give on it. {@code expect} maps
 * rule ids to counts (0 = must not fire); rules not named are not checked. {@code findings} pin
 * details of single findings; {@code addRules} names extra DRL files (beside the case) loaded on
 * top of the rules under test, for cases that need a rule of their own; {@code waivers} a waiver file
 * applied as {@code audit --waivers} would; {@code template} the name of the layout (rules/templates)
 * every form in the file must be read by, or null; {@code reading} what the reader must have understood of
 * every form in it (its reading summary), or null.
 */
public record RuleCase(String name, Path expectFile, Path formFile, String description, String template,
                       Map<String, Integer> expect,
                       List<Detail> findings, List<Path> addRules, Path waivers, Reading reading, Map<String, Object> params) {

    /**
     * The same case on another file of the same form (a workbook twin of a text transcription): what
     * the findings are, without where the file kind says they are (a message's place, {@code place}).
     */
    public RuleCase withForm(Path form) {
        List<Detail> unplaced = findings.stream().map(d -> new Detail(d.ruleId(), d.severity(), d.line(), null, d.field(),
                d.expected(), d.actual(), null)).toList();
        return new RuleCase(name + "（" + form.getFileName() + "）", expectFile, form, description, template, expect, unplaced,
                addRules, waivers, reading, params);
    }


    /**
     * The reading summary a form must have; null fields are not checked. {@code coverage} in percent
     * with two decimals ("84.62"); the lists in order (blocks as {@code BlockMissing} names them).
     */
    public record Reading(String coverage, List<String> complete, List<String> partial, List<String> unknownLabels) {
    }

    /**
     * One finding that must be among the results; null fields are not checked. {@code place} is where
     * in the file, as reports show it: {@code 第 15 行}, {@code 表1!H6}, {@code 第 2 页 第 9 行}.
     */
    public record Detail(String ruleId, String severity, Integer line, String place, String field, String expected,
                         String actual, String messageContains) {
    }
}
