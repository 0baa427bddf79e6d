package dev.selfeval.report;

import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The outcome of {@code rules test} as JUnit XML: one {@code <testsuite>}, one {@code <testcase>} per
 * rule-test case (classname the case's folder, which names the rule it tests; name the case's name),
 * a failed case's {@code <failure>} holding the lines the text output shows under it, the case's
 * description in its {@code <system-out>}, and the closing count (and coverage, when asked for) in
 * the suite's. The cases are all run before anything is written, so this needs no streaming.
 */
public final class RuleTestsJunit {
    static final String SUITE = "selfeval rules test";

    /** One case: its name ({@code FUND-RATE/fires}), description (or null), and what differed (empty: passed). */
    public record Case(String name, String description, List<String> failure) {
    }

    private RuleTestsJunit() {
    }

    /** Writes the suite; {@code output} is the suite's closing text (the count, coverage). */
    public static void write(OutputStream out, List<Case> cases, double seconds, LocalDateTime started, String output)
            throws IOException {
        int failed = (int) cases.stream().filter(c -> !c.failure().isEmpty()).count();
        XMLStreamWriter w = JunitXml.writer(out);
        JunitXml.write(w, x -> {
            JunitXml.startSuite(x, SUITE, cases.size(), failed, 0, seconds, started);
            for (Case c : cases) {
                JunitXml.startCase(x, classname(c.name()), c.name());
                if (!c.failure().isEmpty()) {
                    JunitXml.problem(x, "failure", "rules-test", c.failure().get(0), String.join("\n", c.failure()) + "\n");
                }
                if (c.description() != null && !c.description().isBlank()) {
                    JunitXml.systemOut(x, "\n    ", c.description() + "\n");
                }
                JunitXml.endCase(x);
            }
            JunitXml.systemOut(x, "  ", output);
            x.writeCharacters("\n");
            JunitXml.endSuite(x);
        });
        out.flush();
    }

    /** The folder a case lies in, which names the rule it tests ({@code FUND-RATE}); 规则测试 for a case at the top. */
    static String classname(String name) {
        int slash = name.lastIndexOf('/');
        return slash > 0 ? name.substring(0, slash) : "规则测试";
    }
}
