package dev.selfeval.ingest.json;

import dev.selfeval.ingest.yaml.StrictFields;
import dev.selfeval.ingest.yaml.StrictYaml;
import dev.selfeval.ingest.grid.UnreadableInputException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.selfeval.model.Form;
import dev.selfeval.model.Vocabulary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes forms in the canonical JSON format. Writing is deterministic, byte for byte. */
public final class FormJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new SimpleModule().addDeserializer(BigDecimal.class, new PlausibleNumbers()));
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private FormJson() {
    }

    /** One form as canonical JSON, UTF-8, ending in a newline. */
    public static byte[] write(Form form) {
        try {
            return (WRITER.writeValueAsString(FormDocument.of(form)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write form " + form.id(), e);
        }
    }

    /** Several forms as one JSON array. */
    public static byte[] writeAll(List<Form> forms) {
        try {
            return (WRITER.writeValueAsString(forms.stream().map(FormDocument::of).toList()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write forms", e);
        }
    }

    /** The forms of a JSON file: one form object, or an array of them; measures taken apart by the vocabulary. */
    public static List<Form> read(String text, Vocabulary vocabulary) throws UnreadableInputException {
        checkFieldNames(text);
        List<Form> forms = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new UnreadableInputException("JSON 文件为空", 0);
            }
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    forms.add(bind(p, forms.size(), vocabulary));
                }
            } else {
                forms.add(bind(p, 0, vocabulary));
            }
            if (p.nextToken() != null) {
                throw new UnreadableInputException("JSON 在表格之后还有多余内容", line(p.currentLocation()));
            }
        } catch (JsonProcessingException e) {
            throw new UnreadableInputException("JSON 不符合表格格式：" + e.getOriginalMessage(), line(e.getLocation()));
        } catch (IOException e) {
            throw new UnreadableInputException("JSON 读取失败：" + e.getMessage(), 0);
        }
        if (forms.isEmpty()) {
            throw new UnreadableInputException("JSON 数组中没有表格", 1);
        }
        return forms;
    }

    /** Binds from the token stream rather than a tree, so that errors keep their line numbers. */
    private static Form bind(JsonParser p, int index, Vocabulary vocabulary) throws IOException, UnreadableInputException {
        int line = p.currentLocation().getLineNr();
        FormDocument doc = MAPPER.readValue(p, FormDocument.class);
        try {
            return doc.toForm(vocabulary);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("第 " + (index + 1) + " 个表格：" + e.getMessage(), line);
        }
    }

    /** Refuses unknown field names with their line, before binding (see {@link StrictFields}). */
    private static void checkFieldNames(String text) throws UnreadableInputException {
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    StrictFields.check(p, FormDocument.class, "表格顶层");
                }
            } else if (t == JsonToken.START_OBJECT) {
                StrictFields.check(p, FormDocument.class, "表格顶层");
            }
        } catch (StrictYaml.Invalid e) {
            throw new UnreadableInputException(e.getMessage(), e.line());
        } catch (IOException e) {
            // Syntax errors are reported, with their line, when the text is bound.
        }
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }
}
