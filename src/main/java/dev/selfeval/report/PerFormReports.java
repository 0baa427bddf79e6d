package dev.selfeval.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Beside a run's report, one report per form in a folder ({@code --per-form DIR}), named by the form's
 * project, for handing a unit its own result, and an {@code index.html} that lists them worst first
 * ({@link WorstFirst}) and links each. Each form's report is the HTML page or the workbook a run of that
 * form alone would give; it is rendered on the worker with the form, and written in order.
 */
public final class PerFormReports<R> implements Reporter<PerFormReports.Both<R>> {
    /** The formats a form's own report may have. */
    public static final List<String> FORMATS = List.of("html", "xlsx");
    private static final Mustache INDEX = new DefaultMustacheFactory("dev/selfeval/report/html/").compile("index.mustache");
    /** Characters of a project name kept in a file name. */
    private static final int NAME = 60;

    /** A form rendered for the run's report and for its own. */
    public record Both<R>(R main, FormRow row, byte[] own) {
    }

    /** A line of the index. */
    record Line(String file, String id, String project, String department, String unit, String recomputed, String grade,
                int errors, int warnings, int infos, String worst, WorstFirst.Ranked rank) {
    }

    /** What the index page shows. */
    record Index(String rulesDir, String fingerprint, int forms, List<Line> lines, String css) {
    }

    private final Reporter<R> main;
    private final Path dir;
    private final String format;
    private final List<Line> lines = new ArrayList<>();
    /** Names taken (lower case): the index's own first. */
    private final Set<String> names = new HashSet<>(Set.of("index.html"));
    private RunInfo run;

    private PerFormReports(Reporter<R> main, Path dir, String format) {
        this.main = main;
        this.dir = dir;
        this.format = format;
    }

    /** {@code main}, and each form's own report in {@code format} (one of {@link #FORMATS}) under {@code dir}. */
    public static <R> Reporter<?> of(Reporter<R> main, Path dir, String format) {
        return new PerFormReports<>(main, dir, format);
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        this.run = run;
        Files.createDirectories(dir);
        main.begin(run);
    }

    @Override
    public Both<R> render(FormAudit audit) {
        return new Both<>(main.render(audit), FormRow.of(audit), own(audit));
    }

    /** The report of a run of this form alone. */
    private byte[] own(FormAudit audit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            Reporters.alone(Reporters.create(format, out, false), run, List.of(audit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void write(Both<R> form) throws IOException {
        main.write(form.main());
        FormRow row = form.row();
        String file = unique(fileName(row));
        Files.write(dir.resolve(file), form.own());
        lines.add(new Line(file, row.id(), row.project(), row.department(), row.unit(), Show.score(row.recomputedTotal()),
                row.grade() == null ? "—" : row.grade(), row.errors(), row.warnings(), row.infos(),
                row.worst() == null ? "NONE" : row.worst().name(), new WorstFirst.Ranked(row, lines.size())));
    }

    /** Names Windows keeps for devices: no file may be called so, whatever its extension. */
    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM\\d|LPT\\d)");

    /**
     * The project's name made a file name (what a file system refuses replaced, a device name and
     * leading dots guarded, at most {@link #NAME} characters), else the form's id.
     */
    static String fileName(FormRow row) {
        String base = row.project() != null && !row.project().isBlank() ? row.project().strip() : row.id();
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
        if (base.codePointCount(0, base.length()) > NAME) {
            base = base.substring(0, base.offsetByCodePoints(0, NAME));
        }
        base = base.replaceAll("[. ]+$", "_"); // Windows drops trailing dots and spaces
        return DEVICE.matcher(base).matches() ? "_" + base : base;
    }

    /** A name no earlier form took: 项目.html, 项目（2）.html … */
    private String unique(String base) {
        String name = base + "." + format;
        for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "（" + n + "）." + format;
        }
        return name;
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        main.end(summary, end);
        lines.sort(Comparator.comparing(Line::rank, WorstFirst.ORDER));
        String css = HtmlReporter.resource("style.css");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(dir.resolve("index.html")), StandardCharsets.UTF_8)) {
            INDEX.execute(w, new Index(run.rulesDir(), run.fingerprint(), lines.size(), lines, css));
        }
    }
}
