package dev.selfeval.ingest.template;

import dev.selfeval.model.Vocabulary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The form layouts a rules folder describes (its templates/ folder), in file order, and its cell
 * vocabulary (vocabulary.yaml): the reader picks for each form the layout it matches best, the first
 * of them on a tie, and reads the cells' words by the vocabulary.
 */
public record Templates(List<Template> list, Vocabulary vocabulary) {

    public Templates {
        list = List.copyOf(list);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no templates");
        }
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

    /** The title labels of every template: a row with one of them starts a form. */
    public Set<String> titles() {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(t -> out.addAll(t.titles()));
        return out;
    }

    /** The 项目名称 labels of every template: such a row without a title before it starts a form too. */
    public Set<String> projectNameLabels() {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(t -> out.addAll(t.header(Template.HeaderField.PROJECT_NAME)));
        return out;
    }

    public Template named(String name) {
        return list.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
