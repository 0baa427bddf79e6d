package dev.selfeval.engine;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** A rule as parsed, with the text of its file: what explanations quote and probe. */
public record RuleSource(RuleInfo info, PackageDescr pkg, RuleDescr rule, String text) {

    /** The source text of a part of the file, by the parser's character offsets. */
    public String slice(org.drools.drl.ast.descr.BaseDescr d) {
        int start = d.getStartCharacter();
        int end = d.getEndCharacter();
        if (start < 0 || end < start || end > text.length()) {
            return null;
        }
        return text.substring(start, end).strip();
    }
}
