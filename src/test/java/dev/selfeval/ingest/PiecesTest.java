package dev.selfeval.ingest;

import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A big text file read in pieces gives the forms that reading it whole gives, line numbers and ids too. */
class PiecesTest {
    @Test
    void piecesReadAsTheWhole(@TempDir Path tmp) throws Exception {
        String seed = Files.readString(Fixtures.SEED);
        Path file = Files.writeString(tmp.resolve("many.txt"), "附件：\n" + (seed + "\r\n").repeat(30));
        List<Form> whole = Fixtures.read(file).forms();
        List<FileResult> pieces = new ArrayList<>();
        FormReaders.read(file, file.toString(), "many.txt", null, Fixtures.templates(), pieces::add, 0, 100);
        assertEquals(300, whole.size());
        assertEquals(List.of(), pieces.stream().filter(p -> !p.readable()).toList());
        // about 100 lines a piece, cut at a title: the first holds the line before the first form
        assertEquals(List.of(4, 5, 5, 5, 5, 5), pieces.stream().limit(6).map(p -> p.forms().size()).toList());
        List<Form> joined = pieces.stream().flatMap(p -> p.forms().stream()).toList();
        assertEquals(whole.stream().map(Form::id).toList(), joined.stream().map(Form::id).toList());
        assertEquals(whole, joined);
    }
}
