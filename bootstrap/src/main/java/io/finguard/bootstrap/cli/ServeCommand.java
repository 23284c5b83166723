package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Resources;
import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.Setting;
import io.finguard.bootstrap.config.Validated;
import io.finguard.bootstrap.logging.LogFormat;
import io.finguard.bootstrap.logging.LogOutput;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code finguard serve}: production. Everything comes from FINGUARD_* variables; weak or missing secrets stop it. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the API against external PostgreSQL and Redis, configured by FINGUARD_* environment variables.",
                "Refuses to start on a missing or weak secret, an example value, or any FINGUARD_DEV_* switch."})
final class ServeCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--migrate", description = "Apply database migrations before starting.")
    private boolean migrate;

    ServeCommand(CommandContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() throws InterruptedException {
        LogOutput.select(context.env(), Setting.LOG_FORMAT.key(), LogFormat.JSON);
        return switch (ConfigReader.read(context.env(), Mode.SERVE)) {
            case Validated.Invalid<FinGuardConfig> invalid ->
                    ConfigProblems.report(spec.commandLine().getErr(), "serve", invalid.problems());
            case Validated.Valid<FinGuardConfig> valid -> run(valid.value());
        };
    }

    private int run(FinGuardConfig config) throws InterruptedException {
        Resources resources = new Resources();
        context.lifetime().closeOnStop(resources);
        try {
            if (migrate) {
                context.application().migrate(config.migration());
            }
            resources.start(() -> context.application().start(config));
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
        context.lifetime().awaitStop();
        return ExitCodes.OK;
    }

    /** The variables, listed under {@code serve --help}. */
    static String[] settingsFooter() {
        return Stream.concat(Stream.of("", "Environment:"),
                Arrays.stream(Setting.values()).filter(setting -> !setting.key().startsWith(Setting.DEV_PREFIX))
                        .map(setting -> String.format("  %-32s %s", setting.key(), setting.description())))
                .toArray(String[]::new);
    }
}
