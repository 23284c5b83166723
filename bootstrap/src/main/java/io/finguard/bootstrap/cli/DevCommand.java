package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Resources;
import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.Setting;
import io.finguard.bootstrap.config.Validated;
import io.finguard.bootstrap.logging.LogFormat;
import io.finguard.bootstrap.logging.LogOutput;
import io.finguard.bootstrap.dev.DevHome;
import io.finguard.bootstrap.dev.DevLeftovers;
import io.finguard.bootstrap.dev.DevSettings;
import io.finguard.bootstrap.embedded.EmbeddedPostgres;
import io.finguard.bootstrap.embedded.EmbeddedRedis;
import io.finguard.bootstrap.embedded.OrphanWatchdog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code finguard dev}: one command on a machine with only a JDK. Starts embedded PostgreSQL (data kept under the
 * dev home) and Redis unless FINGUARD_DATABASE_URL / FINGUARD_REDIS_URL point elsewhere, generates missing keys.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = {"Runs the API locally on embedded PostgreSQL and Redis, printing one-time codes to the console.",
                "Keys and secrets are generated once and kept in the dev home; FINGUARD_* variables still apply."})
final class DevCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--home", defaultValue = ".finguard", paramLabel = "DIR",
            description = "Where dev keeps its database, signing key and secrets (default: ${DEFAULT-VALUE}).")
    private Path home;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: FINGUARD_HTTP_PORT or 8080).")
    private Integer port;

    @Option(names = "--management-port", paramLabel = "PORT",
            description = "Port of health, metrics and the admin API "
                    + "(default: FINGUARD_MANAGEMENT_PORT or a free one, logged at start).")
    private Integer managementPort;

    DevCommand(CommandContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() throws InterruptedException {
        LogOutput.select(context.env(), Setting.LOG_FORMAT.key(), LogFormat.TEXT);
        DevHome devHome = DevHome.open(home);
        Resources resources = new Resources();
        context.lifetime().closeOnStop(resources);
        try {
            Map<String, String> infrastructure = startInfrastructure(devHome, resources);
            Map<String, String> options = new HashMap<>();
            if (port != null) {
                options.put(Setting.HTTP_PORT.key(), port.toString());
            }
            if (managementPort != null) {
                options.put(Setting.MANAGEMENT_PORT.key(), managementPort.toString());
            }
            Map<String, String> settings = DevSettings.assemble(context.env(), devHome, infrastructure, options);
            switch (ConfigReader.read(settings, Mode.DEV)) {
                case Validated.Invalid<FinGuardConfig> invalid -> {
                    resources.close();
                    return ConfigProblems.report(spec.commandLine().getErr(), "dev", invalid.problems());
                }
                case Validated.Valid<FinGuardConfig> valid -> {
                    context.application().migrate(valid.value().migration());
                    resources.start(() -> context.application().start(valid.value()));
                }
            }
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
        context.lifetime().awaitStop();
        return ExitCodes.OK;
    }

    /**
     * Embedded servers only where the environment does not already name a server. The home is claimed first: what a dead
     * run left there is stopped, a live run refused; a watchdog stops the servers if this JVM dies without stopping them.
     */
    private Map<String, String> startInfrastructure(DevHome devHome, Resources resources) {
        resources.start(() -> DevLeftovers.claim(devHome));
        Map<String, String> addresses = new HashMap<>();
        Map<Long, String> watched = new LinkedHashMap<>();
        if (isUnset(Setting.DATABASE_URL)) {
            EmbeddedPostgres postgres = resources.start(() -> EmbeddedPostgres.start(devHome.postgresData()));
            addresses.put(Setting.DATABASE_URL.key(), postgres.jdbcUrl());
            addresses.put(Setting.DATABASE_USER.key(), EmbeddedPostgres.USER);
            watched.put(postgres.pid(), "INT");
        }
        if (isUnset(Setting.REDIS_URL)) {
            EmbeddedRedis redis = resources.start(() -> EmbeddedRedis.start(devHome.redisPidFile()));
            addresses.put(Setting.REDIS_URL.key(), redis.url());
            redis.pid().ifPresent(pid -> watched.put(pid, "TERM"));
        }
        if (!watched.isEmpty()) {
            resources.start(() -> OrphanWatchdog.start(watched));
        }
        return addresses;
    }

    private boolean isUnset(Setting setting) {
        String value = context.env().get(setting.key());
        return value == null || value.isBlank();
    }
}
