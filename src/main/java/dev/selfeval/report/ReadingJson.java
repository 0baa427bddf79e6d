package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.model.ReadGap;
import dev.selfeval.model.Reading;

import java.io.IOException;
import java.util.List;

/**
 * A form's reading summary in the JSON reports: blocks read whole and in part, coverage (cells
 * given a role ÷ non-empty cells), the labels not understood and each gap. The grid as received is
 * shown by the HTML form view, not written here.
 */
final class ReadingJson {
    private ReadingJson() {
    }

    static void write(JsonGenerator g, Reading r) throws IOException {
        g.writeObjectFieldStart("reading");
        strings(g, "complete", r.complete());
        strings(g, "partial", r.partial());
        g.writeNumberField("coverage", r.coverage());
        g.writeNumberField("cells", r.cells());
        g.writeNumberField("placed", r.placed());
        strings(g, "unknownLabels", r.unknownLabels());
        g.writeArrayFieldStart("gaps");
        for (ReadGap gap : r.gaps()) {
            g.writeStartObject();
            g.writeStringField("block", gap.block());
            g.writeNumberField("line", gap.line());
            g.writeStringField("label", gap.label());
            g.writeStringField("why", gap.why());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
