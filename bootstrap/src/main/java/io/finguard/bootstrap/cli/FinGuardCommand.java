package io.finguard.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code finguard}: the top-level command; on its own it only explains the subcommands. */
@Command(name = "finguard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Phone-first authentication and onboarding service.",
        footer = {"", "Run 'finguard <command> --help' for a command's options."})
final class FinGuardCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
