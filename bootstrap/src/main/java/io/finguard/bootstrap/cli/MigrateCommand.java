package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.MigrationSettings;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.Validated;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code finguard migrate}: applies the database migrations and exits; needs the FINGUARD_DATABASE_* variables and the
 * phone keys (FINGUARD_PHONE_INDEX_KEY, FINGUARD_PHONE_KEY, _ID, FINGUARD_PREVIOUS_PHONE_KEYS), which seal stored numbers.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Applies database migrations (FINGUARD_DATABASE_URL, _USER, _PASSWORD and the FINGUARD_PHONE_* keys) and exits.")
final class MigrateCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    MigrateCommand(CommandContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        return switch (ConfigReader.readMigration(context.env(), Mode.SERVE)) {
            case Validated.Invalid<MigrationSettings> invalid ->
                    ConfigProblems.report(spec.commandLine().getErr(), "migrate", invalid.problems());
            case Validated.Valid<MigrationSettings> valid -> {
                context.application().migrate(valid.value());
                yield ExitCodes.OK;
            }
        };
    }
}
