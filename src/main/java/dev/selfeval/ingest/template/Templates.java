package dev.selfeval.ingest.template;

import dev.selfeval.model.Vocabulary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The form layouts a rules folder describes (its templates/ folder), in file order, and its cell
 * vocabulary (vocabulary.yaml): the reader picks for each form the layout it matches best, the first
 * of them on a tie, and reads the cells' words by the vocabulary.
 */
public final class Templates {
    private final List<Template> list;
    private final Vocabulary vocabulary;
    private final List<String> titles;
    private final List<String> projectNameLabels;
    private final List<String> notes;
    private final Map<Character, List<Clue>> clues = new HashMap<>();

    /**
     * A text that tells a form's layout, as a cell's label key begins: a label of template number
     * {@code template}'s block, row or column {@code group} (a sign of its layout when {@code sign}).
     */
    public record Clue(String text, int template, int group, boolean sign) {
    }

    public Templates(List<Template> list, Vocabulary vocabulary) {
        this.list = List.copyOf(list);
        this.vocabulary = vocabulary;
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no templates");
        }
        Set<String> titles = new LinkedHashSet<>();
        Set<String> projectNameLabels = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        for (int t = 0; t < list.size(); t++) {
            Template template = list.get(t);
            titles.addAll(template.titles());
            notes.addAll(template.ignore());
            projectNameLabels.addAll(template.header(Template.HeaderField.PROJECT_NAME));
            List<List<String>> groups = template.labelGroups();
            for (int g = 0; g < groups.size(); g++) {
                for (String l : groups.get(g)) {
                    addClue(new Clue(l, t, g, false));
                }
            }
            for (int s = 0; s < template.signs().size(); s++) {
                addClue(new Clue(template.signs().get(s), t, s, true));
            }
        }
        // a row is a title when a cell contains one of them: a title containing another adds nothing
        this.titles = titles.stream().filter(t -> titles.stream().noneMatch(o -> !o.equals(t) && t.contains(o))).toList();
        this.projectNameLabels = List.copyOf(projectNameLabels);
        this.notes = List.copyOf(notes);
    }

    private void addClue(Clue c) {
        clues.computeIfAbsent(c.text().charAt(0), k -> new ArrayList<>()).add(c);
    }

    /** The layouts in file order. */
    public List<Template> list() {
        return list;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The clues that begin with {@code c}: the few a cell beginning with it may start with. */
    public List<Clue> cluesStartingWith(char c) {
        return clues.getOrDefault(c, List.of());
    }

    public static final String FOLDER = "templates";

    /** The templates of a rules folder on disk (tests, tools); errors as {@link TemplateReader.Invalid}. */
    public static Templates of(Path rulesDir) throws java.io.IOException, TemplateReader.Invalid {
        List<Template> out = new ArrayList<>();
        List<TemplateReader.Error> errors = new ArrayList<>();
        try (Stream<Path> s = Files.list(rulesDir.resolve(FOLDER))) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    out.add(TemplateReader.read(Files.readString(p, StandardCharsets.UTF_8), p.toString().replace('\\', '/')));
                } catch (TemplateReader.Invalid e) {
                    errors.addAll(e.errors());
                }
            }
        }
        Vocabulary vocabulary = null;
        try {
            Path v = rulesDir.resolve(VocabularyReader.FILE);
            vocabulary = VocabularyReader.read(Files.readString(v, StandardCharsets.UTF_8), v.toString().replace('\\', '/'));
        } catch (TemplateReader.Invalid e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new TemplateReader.Invalid(errors);
        }
        return new Templates(out, vocabulary);
    }

    /**
     * The title labels of every template, those that contain another left out (项目支出绩效自评表
     * with 绩效自评表): a row whose cell contains one of them starts a form.
     */
    public List<String> titles() {
        return titles;
    }

    /**
     * The labels of the notes of every template ({@code ignore}): a row that starts with one is a note,
     * no title, whatever it names (《项目支出绩效自评表》填报说明).
     */
    public List<String> notes() {
        return notes;
    }

    /** The 项目名称 labels of every template: such a row without a title before it starts a form too. */
    public List<String> projectNameLabels() {
        return projectNameLabels;
    }

    public Template named(String name) {
        return list.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
