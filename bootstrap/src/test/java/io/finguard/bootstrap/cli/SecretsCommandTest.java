package io.finguard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.ServeEnvironment;
import io.finguard.bootstrap.config.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finguard secrets}: the only source of the secrets docker compose needs, written for the owner only. */
class SecretsCommandTest {
    /** What compose and serve need besides the values that are not secret (URLs, ports, countries). */
    static final List<String> GENERATED = List.of("FINGUARD_DATABASE_PASSWORD", "FINGUARD_PASSWORD_PEPPER",
            "FINGUARD_PASSWORD_PEPPER_ID", "FINGUARD_OTP_KEY", "FINGUARD_OTP_KEY_ID", "FINGUARD_OUTBOX_KEY",
            "FINGUARD_OUTBOX_KEY_ID", "FINGUARD_PHONE_INDEX_KEY", "FINGUARD_PHONE_KEY", "FINGUARD_PHONE_KEY_ID", "FINGUARD_REFRESH_KEY", "FINGUARD_RATE_LIMIT_KEY", "FINGUARD_KYC_CALLBACK_KEY", "FINGUARD_ADMIN_TOKEN", "FINGUARD_SMS_WEBHOOK_KEY",
            "FINGUARD_SIGNING_KEY", "FINGUARD_SIGNING_KEY_ID");
    private static final List<String> IDS = List.of("FINGUARD_PASSWORD_PEPPER_ID", "FINGUARD_OTP_KEY_ID",
            "FINGUARD_OUTBOX_KEY_ID", "FINGUARD_PHONE_KEY_ID", "FINGUARD_SIGNING_KEY_ID");

    @TempDir
    Path temp;

    private final RecordingApplication application = new RecordingApplication();

    private CliRun secrets(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "secrets";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(application, Map.of(), new ImmediateLifetime(), all);
    }

    @Test
    void writesEverySecretOnceForTheOwnerOnly() throws IOException {
        Path env = temp.resolve(".env");

        CliRun run = secrets("--output", env.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(env))).isEqualTo("rw-------");
        Map<String, String> values = EnvFile.read(env);
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(GENERATED);
        List<String> secretValues = values.entrySet().stream().filter(e -> !IDS.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        assertThat(secretValues).doesNotHaveDuplicates().allSatisfy(value -> assertThat(value).hasSizeGreaterThanOrEqualTo(32)
                .doesNotContainIgnoringCase("example"));
        assertThat(run.out() + run.err()).doesNotContain(secretValues.toArray(String[]::new));
        assertThat(application.calls).isEmpty();
    }

    @Test
    void theSigningKeyIsAP256PairWhoseIdIsWrittenNextToIt() {
        Path env = temp.resolve(".env");
        secrets("--output", env.toString());
        Map<String, String> values = EnvFile.read(env);

        // The file holds the PEM on one line with \n escapes, which compose passes through and serve unfolds.
        SigningKey key = SigningKey.fromPem(values.get("FINGUARD_SIGNING_KEY").replace("\\n", "\n"));

        assertThat(key.publicKey().getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(values.get("FINGUARD_SIGNING_KEY_ID")).isEqualTo(key.kid());
    }

    @Test
    void serveAcceptsTheGeneratedValues() {
        Path env = temp.resolve(".env");
        secrets("--output", env.toString());
        Map<String, String> settings = new HashMap<>(ServeEnvironment.valid());
        settings.putAll(EnvFile.read(env));

        switch (ConfigReader.read(settings, Mode.SERVE)) {
            case Validated.Valid<FinGuardConfig> valid ->
                    assertThat(valid.value().tokens().keyId()).isEqualTo(settings.get("FINGUARD_SIGNING_KEY_ID"));
            case Validated.Invalid<FinGuardConfig> invalid -> fail("serve refused generated secrets: " + invalid.problems());
        }
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path env = temp.resolve(".env");
        Files.writeString(env, "FINGUARD_ADMIN_TOKEN=the-one-in-use\n");

        CliRun refused = secrets("--output", env.toString());

        assertThat(refused.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(refused.err()).contains(env.toString(), "--force");
        assertThat(Files.readString(env)).isEqualTo("FINGUARD_ADMIN_TOKEN=the-one-in-use\n");

        CliRun forced = secrets("--output", env.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCodes.OK);
        assertThat(EnvFile.read(env)).containsOnlyKeys(GENERATED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(env))).isEqualTo("rw-------");
    }

    @Test
    void everyRunDrawsNewSecrets() {
        Path first = temp.resolve("a.env");
        Path second = temp.resolve("b.env");
        secrets("--output", first.toString());
        secrets("--output", second.toString());

        Map<String, String> a = EnvFile.read(first);
        Map<String, String> b = EnvFile.read(second);

        GENERATED.stream().filter(name -> !IDS.contains(name)).forEach(name ->
                assertThat(a.get(name)).as(name).isNotEqualTo(b.get(name)));
    }

    @Test
    void theHelpOfTheTopLevelCommandNamesIt() {
        CliRun help = CliRun.of(application, Map.of(), new ImmediateLifetime(), "--help");

        assertThat(help.out().toLowerCase(Locale.ROOT)).contains("secrets");
    }
}
