package io.finguard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.Mode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** finguard dev end to end, minus the composition root: embedded servers up while the service runs, down after. */
class DevCommandTest {
    @TempDir
    Path temp;

    @Test
    void devStartsEmbeddedServersMigratesStartsAndStopsEverythingInOrder() {
        RecordingApplication application = new RecordingApplication();
        List<String> seenWhileRunning = new ArrayList<>();
        application.onStart = config -> seenWhileRunning.addAll(probe(config));

        CliRun dev = CliRun.of(application, Map.of(), new ImmediateLifetime(), "dev", "--home",
                temp.resolve(".finguard").toString(), "--port", "18080");

        assertThat(dev.exitCode()).as(dev.err()).isEqualTo(ExitCodes.OK);
        assertThat(application.calls).containsExactly("migrate", "start", "close");
        FinGuardConfig config = application.started;
        assertThat(config.mode()).isEqualTo(Mode.DEV);
        assertThat(config.http().port()).isEqualTo(18080);
        assertThat(seenWhileRunning).containsExactly("postgres up", "redis up");
        assertThat(probe(config)).containsExactly("postgres down", "redis down");
        assertThat(temp.resolve(".finguard/pg/PG_VERSION")).exists();
        assertThat(temp.resolve(".finguard/signing-key.pem")).exists();
    }

    @Test
    void devUsesServersNamedInTheEnvironmentInsteadOfStartingItsOwn() {
        RecordingApplication application = new RecordingApplication();
        Map<String, String> env = Map.of("FINGUARD_DATABASE_URL", "jdbc:postgresql://db.test:5432/finguard",
                "FINGUARD_DATABASE_USER", "finguard", "FINGUARD_REDIS_URL", "redis://redis.test:6379");

        CliRun dev = CliRun.of(application, env, new ImmediateLifetime(), "dev", "--home",
                temp.resolve(".finguard").toString());

        assertThat(dev.exitCode()).as(dev.err()).isEqualTo(ExitCodes.OK);
        assertThat(application.started.database().url()).isEqualTo("jdbc:postgresql://db.test:5432/finguard");
        assertThat(application.started.redis().url().getHost()).isEqualTo("redis.test");
        assertThat(temp.resolve(".finguard/pg")).doesNotExist();
    }

    @Test
    void aBadDevConfigurationIsRefusedOneLinePerProblem() {
        RecordingApplication application = new RecordingApplication();
        Map<String, String> env = Map.of("FINGUARD_OTP_TTL_SECONDS", "3600", "FINGUARD_CURRENCY", "euro",
                "FINGUARD_DATABASE_URL", "jdbc:postgresql://db.test:5432/finguard",
                "FINGUARD_DATABASE_USER", "finguard", "FINGUARD_REDIS_URL", "redis://redis.test:6379");

        CliRun dev = CliRun.of(application, env, new ImmediateLifetime(), "dev", "--home",
                temp.resolve(".finguard").toString());

        assertThat(dev.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(dev.err().lines().toList()).containsExactly(
                "finguard dev: refusing to start, 2 configuration problems:",
                "  FINGUARD_OTP_TTL_SECONDS: 3600 is out of range 30..600 (a code lives at most 10 minutes)",
                "  FINGUARD_CURRENCY: 'euro' is not an ISO 4217 currency code such as EUR");
        assertThat(application.calls).isEmpty();
    }

    @Test
    void whenTheServiceFailsToStartTheEmbeddedServersAreStoppedAgain() {
        RecordingApplication application = new RecordingApplication();
        application.onStart = config -> {
            throw new IllegalStateException("port 18081 is already in use");
        };

        CliRun dev = CliRun.of(application, Map.of(), new ImmediateLifetime(), "dev", "--home",
                temp.resolve(".finguard").toString(), "--port", "18081");

        assertThat(dev.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(dev.err().strip()).isEqualTo("finguard dev: port 18081 is already in use");
        assertThat(probe(application.started)).containsExactly("postgres down", "redis down");
    }

    /** Whether the configured PostgreSQL and Redis answer right now. */
    private static List<String> probe(FinGuardConfig config) {
        List<String> seen = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(config.database().url(), config.database().user(), "")) {
            seen.add(connection.isValid(2) ? "postgres up" : "postgres down");
        } catch (java.sql.SQLException e) {
            seen.add("postgres down");
        }
        URI redis = config.redis().url();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(redis.getHost(), redis.getPort()), 500);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            seen.add("+PONG".equals(answer) ? "redis up" : "redis down");
        } catch (java.io.IOException e) {
            seen.add("redis down");
        }
        return seen;
    }
}
