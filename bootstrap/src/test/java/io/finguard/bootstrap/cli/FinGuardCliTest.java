package io.finguard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.ServeEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinGuardCliTest {
    private final RecordingApplication application = new RecordingApplication();
    private final ImmediateLifetime lifetime = new ImmediateLifetime();

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.of(application, env, lifetime, args);
    }

    @Test
    void helpListsTheCommands() {
        CliRun help = run(Map.of(), "--help");

        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("Usage: finguard", "dev", "serve", "migrate");
        assertThat(application.calls).isEmpty();
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        CliRun version = run(Map.of(), "--version");

        assertThat(version.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).containsPattern("finguard \\d+\\.\\d+\\.\\d+");
        assertThat(version.out()).doesNotContain("${project.version}", "unknown");
    }

    @Test
    void serveHelpListsTheEnvironmentVariablesButNoDevSwitch() {
        CliRun help = run(Map.of(), "serve", "--help");

        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("--migrate", "FINGUARD_DATABASE_URL", "FINGUARD_OTP_KEY", "FINGUARD_ADMIN_TOKEN")
                .doesNotContain("FINGUARD_DEV_FIXED_OTP_CODE");
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        CliRun none = run(Map.of());
        CliRun unknown = run(Map.of(), "start");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("Usage: finguard");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("start");
        assertThat(application.calls).isEmpty();
    }

    @Test
    void serveStartsTheServiceWithTheEnvironmentsConfigAndClosesItWhenStopped() {
        CliRun serve = run(ServeEnvironment.valid(), "serve");

        assertThat(serve.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(application.calls).containsExactly("start", "close");
        assertThat(application.started.mode()).isEqualTo(Mode.SERVE);
        assertThat(application.started.http().port()).isEqualTo(9090);
        assertThat(lifetime.stops).isEqualTo(1);
    }

    @Test
    void serveWithMigrateMigratesFirst() {
        CliRun serve = run(ServeEnvironment.valid(), "serve", "--migrate");

        assertThat(serve.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(application.calls).containsExactly("migrate", "start", "close");
    }

    @Test
    void serveRefusesABadConfigurationWithOneLinePerProblemAndStartsNothing() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_OTP_KEY", "c2hvcnQ=");
        env.put("FINGUARD_DEV_FIXED_OTP_CODE", "123456");
        env.remove("FINGUARD_AUDIENCE");

        CliRun serve = run(env, "serve");

        assertThat(serve.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(serve.err().lines().toList()).containsExactly(
                "finguard serve: refusing to start, 3 configuration problems:",
                "  FINGUARD_DEV_FIXED_OTP_CODE: dev-only switch; serve never enables it (unset it)",
                "  FINGUARD_AUDIENCE: missing (the aud claim, e.g. finguard-api)",
                "  FINGUARD_OTP_KEY: too short: 5 bytes, at least 32 needed");
        assertThat(application.calls).isEmpty();
        assertThat(lifetime.stops).isZero();
    }

    @Test
    void migrateNeedsOnlyTheDatabaseVariablesAndThePhoneKeys() {
        Map<String, String> env = Map.of("FINGUARD_DATABASE_URL", "jdbc:postgresql://db:5432/finguard",
                "FINGUARD_DATABASE_USER", "finguard", "FINGUARD_DATABASE_PASSWORD", "pw",
                "FINGUARD_PHONE_INDEX_KEY", ServeEnvironment.randomKey(), "FINGUARD_PHONE_KEY", ServeEnvironment.randomKey(),
                "FINGUARD_PHONE_KEY_ID", "phone-1");

        CliRun migrate = run(env, "migrate");

        assertThat(migrate.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(application.calls).containsExactly("migrate");
        assertThat(application.migrated.url()).isEqualTo("jdbc:postgresql://db:5432/finguard");
    }

    @Test
    void migrateWithoutADatabaseIsAConfigurationError() {
        CliRun migrate = run(Map.of(), "migrate");

        assertThat(migrate.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(migrate.err()).contains("FINGUARD_DATABASE_URL: missing", "FINGUARD_PHONE_KEY: missing");
        assertThat(application.calls).isEmpty();
    }

    @Test
    void aFailingStartIsOneLineOnStderrAndExitCodeOne() {
        application.onStart = config -> {
            throw new IllegalStateException("port 9090 is already in use");
        };

        CliRun serve = run(ServeEnvironment.valid(), "serve");

        assertThat(serve.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(serve.err().strip()).isEqualTo("finguard serve: port 9090 is already in use");
    }
}
