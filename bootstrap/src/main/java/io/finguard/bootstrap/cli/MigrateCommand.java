package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.Validated;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code finguard migrate}: applies the database migrations and exits; needs only the FINGUARD_DATABASE_* variables. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Applies database migrations (FINGUARD_DATABASE_URL, _USER, _PASSWORD) and exits.")
final class MigrateCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    MigrateCommand(CommandContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        return switch (ConfigReader.readDatabase(context.env(), Mode.SERVE)) {
            case Validated.Invalid<DatabaseSettings> invalid ->
                    ConfigProblems.report(spec.commandLine().getErr(), "migrate", invalid.problems());
            case Validated.Valid<DatabaseSettings> valid -> {
                context.application().migrate(valid.value());
                yield ExitCodes.OK;
            }
        };
    }
}
