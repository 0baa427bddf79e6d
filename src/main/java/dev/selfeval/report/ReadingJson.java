package dev.selfeval.report;

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

    static void write(ReportJson g, Reading r) throws IOException {
        g.writeObjectFieldStart(JsonKey.reading);
        strings(g, JsonKey.complete, r.complete());
        strings(g, JsonKey.partial, r.partial());
        g.writeNumberField(JsonKey.coverage, r.coverage());
        g.writeNumberField(JsonKey.cells, r.cells());
        g.writeNumberField(JsonKey.placed, r.placed());
        strings(g, JsonKey.unknownLabels, r.unknownLabels());
        g.writeArrayFieldStart(JsonKey.gaps);
        for (ReadGap gap : r.gaps()) {
            g.writeStartObject();
            g.writeStringField(JsonKey.block, gap.block());
            g.writeNumberField(JsonKey.line, gap.line());
            g.writeStringField(JsonKey.label, gap.label());
            g.writeStringField(JsonKey.why, gap.why());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(ReportJson g, JsonKey key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
