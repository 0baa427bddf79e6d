package dev.selfeval.cli;

import dev.selfeval.corpus.CorpusFormat;
import dev.selfeval.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "gen", mixinStandardHelpOptions = true, footer = ExitCodes.GEN,
        description = "生成一批仿真的自评表（示例表的文本格式，或工作簿、Word、PDF 文件），带有真实表格的各种写法，"
                + "并按规则目录植入错误：OUT/forms/* 和 OUT/manifest.jsonl（规则应找出的内容）。")
final class GenCommand implements Callable<Integer> {
    @Option(names = "--forms", required = true, paramLabel = "N", description = "表数。")
    int forms;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子（默认 ${DEFAULT-VALUE}）；同一种子生成同样的语料。")
    long seed;

    @Option(names = "--per-file", defaultValue = "50", paramLabel = "K", description = "每个文件的表数（默认 ${DEFAULT-VALUE}）。")
    int perFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "写到这个文件夹。")
    Path out;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|xlsx|docx|pdf",
            description = "表的文件格式（默认 ${DEFAULT-VALUE}）；各格式的表和植入的错误相同。")
    String format;

    @Override
    public Integer call() throws Exception {
        if (forms < 1 || perFile < 1) {
            System.err.println("selfeval gen: --forms 和 --per-file 至少为 1");
            return ExitCodes.USAGE;
        }
        CorpusFormat f = CorpusFormat.named(format);
        if (f == null) {
            System.err.println("selfeval gen: --format 应为 text、xlsx、docx 或 pdf，而不是「" + format + "」");
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        CorpusGenerator.Result r = new CorpusGenerator(seed).generate(forms, perFile, out, f);
        System.err.printf("已生成 %d 张表、%d 个文件（%d 张植入了错误，%d 组跨表问题），写到 %s，用时 %.1f 秒%n",
                r.forms(), r.files(), r.faulty(), r.groups(), out, (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
