package dev.selfeval.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a corpus of realistic forms in the seed's text layout (or as workbooks, Word or PDF files
 * laid out from it, see {@link CorpusFormat}), with the seed's quirks, and plants
 * faults across the rule catalogue. Everything the rules must find is written to a manifest, so a
 * sweep can be checked both ways: every planted fault found, and nothing found that was not planted.
 * The same seed gives the same corpus.
 *
 * <p>Layout: {@code OUT/forms/forms-00001.txt …} (or {@code .xlsx}, {@code .docx}, {@code .pdf}) and {@code OUT/manifest.jsonl} (one line per form,
 * then one per planted cross-form group).
 */
public final class CorpusGenerator {
    /** Share of forms that get one fault; of the rest, some get a cross-form plant. */
    private static final int FAULT_PERCENT = 40;
    private static final int SWEEP_PERCENT = 2;
    private static final Charset GB = Charset.forName("GB18030");
    private static final int POOL = 1000;

    private final SplittableRandom random;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** What was written. */
    public record Result(int forms, int files, int faulty, int groups) {
    }

    public Result generate(int forms, int perFile, Path out) throws IOException {
        return generate(forms, perFile, out, CorpusFormat.TEXT);
    }

    /** Writes the corpus in {@code format}; a seed gives the same forms and faults in every format. */
    public Result generate(int forms, int perFile, Path out, CorpusFormat format) throws IOException {
        Path dir = out.resolve("forms");
        Files.createDirectories(dir);
        int files = (forms + perFile - 1) / perFile;
        int faulty = 0;
        // A bounded pool of clean forms to copy from, so that memory stays flat for any corpus size.
        List<FormSpec> cleanSources = new ArrayList<>();
        List<String> cleanIds = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            int seq = 0;
            for (int file = 1; file <= files; file++) {
                String name = String.format("forms-%05d.%s", file, format.extension);
                String id = "forms/" + name;
                StringBuilder text = new StringBuilder("\n\n");
                List<List<List<String>>> grid = new ArrayList<>();
                int count = Math.min(perFile, forms - seq);
                for (int n = 1; n <= count; n++) {
                    seq++;
                    FormSpec f = CleanForm.build(seq, random);
                    String formId = id + "#" + n;
                    Fault fault = null;
                    int dice = random.nextInt(100);
                    if (dice < FAULT_PERCENT) {
                        fault = Fault.ALL.get(random.nextInt(Fault.ALL.size()));
                        fault.plant().accept(f, random);
                        faulty++;
                    } else if (dice < FAULT_PERCENT + SWEEP_PERCENT && !cleanSources.isEmpty()) {
                        // a source is used once, then leaves the pool
                        int source = random.nextInt(cleanSources.size());
                        FormSpec from = cleanSources.get(source);
                        String fromId = cleanIds.get(source);
                        cleanSources.set(source, cleanSources.get(cleanSources.size() - 1));
                        cleanIds.set(source, cleanIds.get(cleanIds.size() - 1));
                        cleanSources.remove(cleanSources.size() - 1);
                        cleanIds.remove(cleanIds.size() - 1);
                        boolean sameTable = random.nextBoolean();
                        if (sameTable) {
                            f.rows.clear();
                            from.rows.forEach(r -> f.rows.add(r.copy()));
                            CleanForm.total(f);
                        } else { // the same project (department and name) submitted twice
                            f.projectName = from.projectName;
                            f.department = from.department;
                        }
                        groups.add("{\"sweep\":\"" + (sameTable ? "SWEEP-SAME-INDICATORS" : "SWEEP-DUPLICATE-PROJECT")
                                + "\",\"forms\":[" + quote(fromId) + "," + quote(formId) + "]}");
                    } else if (cleanSources.size() < POOL) {
                        cleanSources.add(f);
                        cleanIds.add(formId);
                    } else {
                        int replace = random.nextInt(POOL);
                        cleanSources.set(replace, f);
                        cleanIds.set(replace, formId);
                    }
                    Quirks quirks = Quirks.random(random);
                    if (format == CorpusFormat.TEXT) {
                        text.append(SeedTextWriter.write(f, quirks));
                    } else {
                        grid.add(CorpusFormat.rows(SeedTextWriter.write(f, quirks.inGrid())));
                    }
                    manifest.write("{\"id\":" + quote(formId) + ",\"fault\":" + (fault == null ? "null" : quote(fault.name()))
                            + ",\"expect\":" + expect(fault) + "}\n");
                }
                boolean gbk = random.nextInt(20) == 0;
                if (format == CorpusFormat.TEXT) {
                    Files.write(dir.resolve(name), text.toString().getBytes(gbk ? GB : StandardCharsets.UTF_8));
                } else {
                    format.write(grid, dir.resolve(name));
                }
            }
            for (String g : groups) {
                manifest.write(g + "\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(forms, files, faulty, groups.size());
    }

    private static String expect(Fault f) {
        if (f == null) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Integer> e : new TreeMap<>(f.expect()).entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(quote(e.getKey())).append(':').append(e.getValue());
        }
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
