package dev.selfeval.cli;

import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.json.FormJson;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "convert", mixinStandardHelpOptions = true, footer = ExitCodes.CONVERT,
        description = "读取自评表（任何输入格式，按规则目录的表式模板）并把每张表写成标准 JSON，每张表一个文件，"
                + "按表的编号命名（<文件>#<n> → <文件名>.<n>.json）。不给 --out 时输出一个 JSON 数组。")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "自评表文件或文件夹。")
    List<String> files;

    @Option(names = "--out", paramLabel = "DIR", description = "写 JSON 文件的文件夹。")
    Path out;

    @Option(names = "--force", description = "覆盖 --out 中已有的同名 JSON 文件（默认不覆盖，已有时不写任何文件）。")
    boolean force;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "文本输入的编码（默认自动识别 UTF-8、带 BOM 的 UTF-16、GBK/GB18030）。")
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
            FileResult r = Pipeline.read(in, encoding, templates);
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
            Path root = out.toAbsolutePath().normalize();
            Map<String, Integer> widths = widths(all);
            Set<Path> written = new HashSet<>();
            List<Path> targets = new ArrayList<>();
            for (Form f : all) {
                String name = fileName(f.id(), widths.get(source(f.id())));
                Path target = root.resolve(name).normalize();
                for (int n = 2; !written.add(target); n++) {
                    target = root.resolve(name.replaceFirst("\\.json$", "~" + n + ".json")).normalize();
                }
                if (!target.startsWith(root)) {
                    throw new IllegalStateException("写出的文件不在 --out 之内：" + target);
                }
                targets.add(target);
            }
            List<Path> existing = targets.stream().filter(Files::exists).toList();
            if (!force && !existing.isEmpty()) {
                err.println("selfeval convert: --out 中已有 " + existing.size() + " 个同名文件（如 " + existing.get(0)
                        + "），未写任何文件；要覆盖请加 --force");
                return ExitCodes.USAGE;
            }
            for (int i = 0; i < all.size(); i++) {
                Files.createDirectories(targets.get(i).getParent());
                Files.write(targets.get(i), FormJson.write(all.get(i)));
            }
            err.println("已把 " + all.size() + " 张表写到 " + out);
        }
        return unreadable ? ExitCodes.INPUT_UNREADABLE : ExitCodes.OK;
    }

    /** The file part of a form id ({@code dir/seed.txt} of {@code dir/seed.txt#3}). */
    private static String source(String id) {
        int hash = id.lastIndexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    /** The digits of each file's last form number: a file of ten forms numbers them 01…10, so that they sort. */
    static Map<String, Integer> widths(List<Form> forms) {
        Map<String, Integer> out = new HashMap<>();
        for (Form f : forms) {
            int hash = f.id().lastIndexOf('#');
            int digits = hash < 0 ? 1 : f.id().length() - hash - 1;
            out.merge(source(f.id()), digits, Math::max);
        }
        return out;
    }

    /**
     * {@code dir/seed.txt#3} becomes {@code dir/seed.3.json} ({@code dir/seed.03.json} at {@code width}
     * 2): a path inside {@code --out}, whatever the id (an absolute path, {@code ..}, a Windows drive are
     * left out of it).
     */
    static String fileName(String id, int width) {
        int hash = id.lastIndexOf('#');
        List<String> parts = new ArrayList<>();
        for (String part : (hash < 0 ? id : id.substring(0, hash)).replace('\\', '/').split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..") && !part.endsWith(":")) {
                parts.add(part);
            }
        }
        String file = parts.isEmpty() ? "form" : String.join("/", parts);
        String n = hash < 0 ? "1" : id.substring(hash + 1);
        n = "0".repeat(Math.max(0, width - n.length())) + n;
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        String stem = dot > slash ? file.substring(0, dot) : file;
        return stem + "." + n + ".json";
    }
}
