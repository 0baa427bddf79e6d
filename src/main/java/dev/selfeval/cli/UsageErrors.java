package dev.selfeval.cli;

import dev.selfeval.model.Closest;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line picocli could not take, told in Chinese in one or two lines: an unknown option or
 * command with the closest one, a missing or malformed value with the option it belongs to, and
 * where the full list is ({@code --help}), instead of the whole usage text.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    /**
     * The first input named on the command line that does not exist (a glob that matches nothing is no
     * such name), told as a usage error; null when every one exists.
     */
    static String missingInput(String command, List<String> inputs) {
        for (String in : inputs) {
            if (!in.contains("*") && !in.contains("?") && !java.nio.file.Files.exists(java.nio.file.Path.of(in))) {
                return command + ": 没有这个文件或文件夹：" + in + "（请检查路径和文件名；文件名中有空格时加引号）";
            }
        }
        return null;
    }

    static String describe(CommandLine.ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String command = spec.qualifiedName();
        String help = "（" + command + " --help 列出全部选项）";
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (arg.startsWith("-")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                return command + ": 未知选项「" + name + "」" + Closest.hint(name, optionNames(spec)) + help;
            }
            if (!spec.subcommands().isEmpty()) {
                return command + ": 未知命令「" + arg + "」" + Closest.hint(arg, new ArrayList<>(spec.subcommands().keySet()))
                        + "（可用命令：" + String.join("、", spec.subcommands().keySet()) + "）";
            }
            return command + ": 多余的参数「" + arg + "」" + help;
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            List<String> missing = m.getMissing().stream().map(a -> a.isOption() ? ((OptionSpec) a).longestName() : a.paramLabel())
                    .toList();
            return command + ": 缺少 " + String.join("、", missing) + help;
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String what = e.getArgSpec().isOption() ? ((OptionSpec) e.getArgSpec()).longestName() : e.getArgSpec().paramLabel();
            return command + ": " + what + " 的值「" + e.getValue() + "」不可用" + kind(e.getArgSpec().type()) + help;
        }
        if (e.getMessage() != null && e.getMessage().equals("缺少命令")) {
            return command + ": 缺少命令（可用命令：" + String.join("、", spec.subcommands().keySet()) + "）";
        }
        return command + ": 命令行有误：" + e.getMessage() + help;
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "：应为整数";
        }
        if (type == double.class || type == Double.class) {
            return "：应为数字";
        }
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                values.add(c.toString());
            }
            return "：可用 " + String.join("、", values);
        }
        if (type == java.nio.charset.Charset.class) {
            return "：应为编码名称，如 UTF-8、GB18030";
        }
        return "";
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            names.addAll(List.of(o.names()));
            if (o.negatable()) {
                names.add(o.longestName().replaceFirst("^--", "--no-"));
            }
        }
        return names;
    }
}
