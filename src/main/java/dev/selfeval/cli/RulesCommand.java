package dev.selfeval.cli;

import picocli.CommandLine.Command;

@Command(name = "rules", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Tools for the people who write the rules: check a rules folder, run its test cases.",
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class})
final class RulesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: check or test");
    }
}
