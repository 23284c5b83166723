package io.finguard.bootstrap.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.VerificationKey;
import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSettingsTest {
    private static final Map<String, String> INFRASTRUCTURE = Map.of(
            "FINGUARD_DATABASE_URL", "jdbc:postgresql://localhost:54321/finguard",
            "FINGUARD_DATABASE_USER", "postgres",
            "FINGUARD_REDIS_URL", "redis://127.0.0.1:63790");

    @TempDir
    Path temp;

    @Test
    void aFreshHomeGetsGeneratedSecretsThatPassValidation() {
        DevHome home = DevHome.open(temp.resolve(".finguard"));

        Map<String, String> settings = DevSettings.assemble(Map.of(), home, INFRASTRUCTURE, Map.of());

        FinGuardConfig config = read(settings);
        assertThat(config.mode()).isEqualTo(Mode.DEV);
        assertThat(config.tokens().keyId()).matches("[A-Za-z0-9_-]{43}");
        assertThat(config.tokens().issuer()).isEqualTo("http://localhost:8080");
        assertThat(config.keys().otpKey().current().key().length()).isEqualTo(32);
        assertThat(config.keys().outboxKey().current().key().length()).isEqualTo(32);
        assertThat(config.keys().outboxKey().current().id()).isEqualTo("dev-1");
        assertThat(config.keys().phoneKeys().sealKey().current().key().length()).isEqualTo(32);
        assertThat(config.keys().phoneKeys().sealKey().current().id()).isEqualTo("dev-1");
        assertThat(config.keys().phoneKeys().indexKey().length()).isEqualTo(32);
        assertThat(config.phones().allowedPrefixes()).hasSize(9);
    }

    @Test
    void keysAndSecretsAreOwnerOnlyAndReusedOnRestart() throws Exception {
        DevHome home = DevHome.open(temp.resolve(".finguard"));
        Map<String, String> first = DevSettings.assemble(Map.of(), home, INFRASTRUCTURE, Map.of());

        Map<String, String> second = DevSettings.assemble(Map.of(), DevHome.open(home.root()), INFRASTRUCTURE, Map.of());

        assertThat(second).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.root()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.signingKey()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.secrets()))).isEqualTo("rw-------");
        assertThat(Files.readString(home.signingKey())).contains("BEGIN PRIVATE KEY", "BEGIN PUBLIC KEY");
        assertThat(Files.readString(home.secrets())).contains("FINGUARD_OTP_KEY=" + first.get("FINGUARD_OTP_KEY"));
    }

    @Test
    void theDevKeyIdIsTheRfc7638ThumbprintLikeEveryKeyIdFinGuardDerives() {
        DevHome home = DevHome.open(temp.resolve(".finguard"));

        Map<String, String> settings = DevSettings.assemble(Map.of(), home, INFRASTRUCTURE, Map.of());

        SigningKey key = SigningKey.fromPem(settings.get("FINGUARD_SIGNING_KEY"));
        assertThat(settings.get("FINGUARD_SIGNING_KEY_ID")).isEqualTo(key.kid())
                .isEqualTo(VerificationKey.of(key.publicKey()).kid());
    }

    @Test
    void twoHomesGetDifferentSecrets() {
        Map<String, String> one = DevSettings.assemble(Map.of(), DevHome.open(temp.resolve("a")), INFRASTRUCTURE, Map.of());
        Map<String, String> two = DevSettings.assemble(Map.of(), DevHome.open(temp.resolve("b")), INFRASTRUCTURE, Map.of());

        assertThat(one.get("FINGUARD_OTP_KEY")).isNotEqualTo(two.get("FINGUARD_OTP_KEY"));
        assertThat(one.get("FINGUARD_SIGNING_KEY_ID")).isNotEqualTo(two.get("FINGUARD_SIGNING_KEY_ID"));
    }

    @Test
    void theEnvironmentWinsOverGeneratedValuesAndOptionsWinOverTheEnvironment() {
        DevHome home = DevHome.open(temp.resolve(".finguard"));
        Map<String, String> env = Map.of("FINGUARD_HTTP_PORT", "9000", "FINGUARD_OTP_TTL_SECONDS", "120",
                "FINGUARD_AUDIENCE", "   ", "HOME", "/root");

        Map<String, String> settings = DevSettings.assemble(env, home, INFRASTRUCTURE, Map.of("FINGUARD_HTTP_PORT", "9100"));

        FinGuardConfig config = read(settings);
        assertThat(config.http().port()).isEqualTo(9100);
        assertThat(config.tokens().issuer()).isEqualTo("http://localhost:9100");
        assertThat(config.otp().ttl().toSeconds()).isEqualTo(120);
        assertThat(config.tokens().audience()).isEqualTo("finguard-api");
        assertThat(settings).doesNotContainKey("HOME");
    }

    @Test
    void aDamagedSecretsFileIsCompletedNotDiscarded() throws Exception {
        DevHome home = DevHome.open(temp.resolve(".finguard"));
        Files.writeString(home.secrets(), "FINGUARD_OTP_KEY=" + "QUJD".repeat(11) + "\n");
        Files.setPosixFilePermissions(home.secrets(), PosixFilePermissions.fromString("rw-r--r--"));

        Map<String, String> settings = DevSettings.assemble(Map.of(), home, INFRASTRUCTURE, Map.of());

        assertThat(settings.get("FINGUARD_OTP_KEY")).isEqualTo("QUJD".repeat(11));
        assertThat(settings).containsKey("FINGUARD_REFRESH_KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.secrets()))).isEqualTo("rw-------");
    }

    private static FinGuardConfig read(Map<String, String> settings) {
        return switch (ConfigReader.read(settings, Mode.DEV)) {
            case Validated.Valid<FinGuardConfig> valid -> valid.value();
            case Validated.Invalid<FinGuardConfig> invalid -> fail("dev settings were refused: " + invalid.problems());
        };
    }
}
