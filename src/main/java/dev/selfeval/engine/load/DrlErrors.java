package dev.selfeval.engine.load;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.Resource;
import org.kie.internal.builder.KnowledgeBuilderError;

import java.io.IOException;
import java.util.List;

/** Parsing a DRL file, and Drools' parser and compiler errors as {@code file:line:column: message} (columns from 1). */
final class DrlErrors {
    private DrlErrors() {
    }

    /** Parses one file; syntax errors go to {@code errors} and give null. */
    static PackageDescr parse(RuleFiles.RuleFile f, Resource resource, List<LoadError> errors) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(resource);
        } catch (DroolsParserException | IOException e) {
            errors.add(new LoadError(f.path(), 0, 0, "无法解析：" + e.getMessage()));
            return null;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError e : parser.getErrors()) {
                errors.add(of(f.path(), e));
            }
            return null;
        }
        return pkg;
    }

    /** A compiler error, in the file the compiler names. */
    static LoadError of(KnowledgeBuilderError e) {
        String file = e.getResource() != null && e.getResource().getSourcePath() != null
                ? e.getResource().getSourcePath() : "(rules)";
        return of(file, e);
    }

    static LoadError of(String file, KnowledgeBuilderError e) {
        int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
        int column = 0;
        String rule = null;
        // Drools counts columns from 0 (-1 when unknown); editors count from 1
        if (e instanceof ParserError p) {
            line = p.getRow();
            column = p.getCol() + 1;
        } else if (e instanceof RuleBuildError rb) {
            line = rb.getLine();
            column = rb.getColumn() + 1;
            rule = rb.getRule() != null ? rb.getRule().getName() : null;
        } else if (e instanceof DescrBuildError d) {
            line = d.getLine();
            column = d.getColumn() + 1;
            if (d.getParentDescr() instanceof RuleDescr r) {
                rule = r.getName();
            }
        }
        String message = e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")
                .replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
        return new LoadError(file, line, column, message + (rule != null ? " (rule \"" + rule + "\")" : ""));
    }
}
