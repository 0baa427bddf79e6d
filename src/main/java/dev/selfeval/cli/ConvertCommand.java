package dev.selfeval.cli;

import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.json.FormJson;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.InputFiles;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.model.Form;
import dev.selfeval.model.ReadProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "convert", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Reads forms (any input format, by the rules folder's templates) and writes each as canonical JSON, one file per form "
                + "named after its id (<file>#<n> -> <file-stem>.<n>.json). Without --out, prints a JSON array.")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Form files or directories.")
    List<String> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory to write the JSON files to.")
    Path out;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Charset of text inputs (default: detect UTF-8, UTF-16 with BOM, GBK/GB18030).")
    Charset encoding;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        Templates templates = rules.templates(err);
        if (templates == null) {
            return ExitCodes.RULES_FAILED;
        }
        List<Form> all = new ArrayList<>();
        boolean unreadable = false;
        for (InputFile in : InputFiles.expand(files).files()) {
            FileResult r = FormReaders.read(in.path(), in.display(), in.idBase(), encoding, templates);
            if (!r.readable()) {
                err.println("错误 PARSE-UNREADABLE " + r.errorMessage());
                unreadable = true;
                continue;
            }
            if (r.encoding() != null && !"UTF-8".equals(r.encoding())) {
                err.println(r.file() + ": 按 " + r.encoding() + " 编码读取");
            }
            for (Form f : r.forms()) {
                for (ReadProblem p : f.problems()) {
                    boolean error = !p.code().equals("PARSE-SKIPPED-ROW") && !p.code().equals("PARSE-HIDDEN");
                    unreadable |= error;
                    err.println((error ? "错误 " : "警告 ") + p.code() + " " + f.sourceOf(p.line(), p.field()) + ": "
                            + p.message());
                }
                all.add(f);
            }
        }
        if (out == null) {
            System.out.write(FormJson.writeAll(all));
            System.out.flush();
        } else {
            for (Form f : all) {
                Path target = out.resolve(fileName(f.id()));
                Files.createDirectories(target.getParent());
                Files.write(target, FormJson.write(f));
            }
            err.println(all.size() + " forms written to " + out);
        }
        return unreadable ? ExitCodes.INPUT_UNREADABLE : ExitCodes.OK;
    }

    /** {@code dir/seed.txt#3} becomes {@code dir/seed.3.json}. */
    static String fileName(String id) {
        int hash = id.lastIndexOf('#');
        String file = hash < 0 ? id : id.substring(0, hash);
        String n = hash < 0 ? "1" : id.substring(hash + 1);
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        String stem = dot > slash ? file.substring(0, dot) : file;
        return stem + "." + n + ".json";
    }
}
