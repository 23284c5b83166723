package io.finguard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.finguard.domain.model.ClientCredential;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Sha256;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finguard clients}: what is stored (a digest or a public JWK, never a secret), listed and removed. */
class ClientsCommandTest {
    private static final String SECRET = "k8Fq2R9w0cYx4Lm7Tz1Vb5Nd3Hs6Pj0G";
    private static final Map<String, String> DB = Map.of("FINGUARD_DATABASE_URL", "jdbc:postgresql://db:5432/finguard",
            "FINGUARD_DATABASE_USER", "finguard", "FINGUARD_DATABASE_PASSWORD", "x".repeat(24));
    private final RecordingApplication application = new RecordingApplication();

    @TempDir
    Path dir;

    @Test
    void aSecretClientIsStoredAsTheDigestOfStdinWithItsAudiencesAndScopes() {
        CliRun add = run(SECRET + "\n", "clients", "add", "--id", "orders", "--secret-from-stdin", "--audience", "finguard-api",
                "--scope", "profile:read");

        assertThat(add.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(add.out()).contains("registered 'orders' (client_secret)").doesNotContain(SECRET);
        assertThat(application.clients).singleElement().satisfies(client -> {
            assertThat(client.credential()).isEqualTo(new ClientCredential.SecretDigest(Sha256.digest(SECRET)));
            assertThat(client.audiences()).containsExactly("finguard-api");
            assertThat(client.scopes()).containsExactly(Scope.PROFILE_READ);
        });
    }

    @Test
    void aKeyClientIsStoredWithItsPublicJwkOnlyAndAPrivateOneIsRefused() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        Path pub = Files.writeString(dir.resolve("pub.json"), key.toPublicJWK().toJSONString());
        Path priv = Files.writeString(dir.resolve("priv.json"), key.toJSONString());

        assertThat(run("", "clients", "add", "--id", "risk", "--jwk-file", pub.toString(), "--audience", "finguard-api")
                .exitCode()).isEqualTo(ExitCodes.OK);
        CliRun refused = run("", "clients", "add", "--id", "risk2", "--jwk-file", priv.toString(), "--audience", "finguard-api");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("private key");
        assertThat(application.clients).singleElement().satisfies(client ->
                assertThat(client.credential()).isEqualTo(new ClientCredential.PublicJwk(key.toPublicJWK().toJSONString())));
    }

    @Test
    void aShortSecretAnUnknownScopeBothOrNoCredentialAreRefusedAndNothingIsStored() {
        assertThat(run("short\n", "clients", "add", "--id", "a", "--secret-from-stdin", "--audience", "x").err())
                .contains("at least 32 characters");
        assertThat(run(SECRET, "clients", "add", "--id", "a", "--secret-from-stdin", "--audience", "x", "--scope", "admin").err())
                .contains("unknown scope 'admin'");
        assertThat(run(SECRET, "clients", "add", "--id", "a", "--secret-from-stdin", "--jwk-file", "k.json", "--audience", "x")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(SECRET, "clients", "add", "--id", "a", "--audience", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(application.clients).isEmpty();
    }

    @Test
    void listShowsMethodAudiencesAndScopesAndRemoveRemovesOnce() {
        run(SECRET, "clients", "add", "--id", "orders", "--secret-from-stdin", "--audience", "finguard-api");
        assertThat(run(SECRET, "clients", "add", "--id", "orders", "--secret-from-stdin", "--audience", "finguard-api").err())
                .contains("exists");

        assertThat(run("", "clients", "list").out()).isEqualTo("orders\tclient_secret\tfinguard-api\t*" + System.lineSeparator());
        assertThat(run("", "clients", "remove", "--id", "orders").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run("", "clients", "remove", "--id", "orders").exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run("", "clients", "list").out()).isEmpty();
    }

    @Test
    void withoutDatabaseSettingsItReportsTheConfigurationProblem() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FinGuardCli.create(new CommandContext(application, Map.of(), new ImmediateLifetime()),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("clients", "list");
        assertThat(code).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("FINGUARD_DATABASE_URL");
        assertThat(application.calls).isEmpty();
    }

    private CliRun run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FinGuardCli.create(new CommandContext(application, DB, new ImmediateLifetime()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
