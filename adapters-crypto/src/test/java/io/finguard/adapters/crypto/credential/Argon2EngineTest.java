package io.finguard.adapters.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Argon2EngineTest {

    static Stream<Argon2Engine> engines() {
        return Stream.of(NativeArgon2.load().orElseThrow(), new JavaArgon2());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void argon2idMatchesTheReferenceCommandLineTool(Argon2Engine engine) {
        // Reference: echo -n "correct horse battery staple" | argon2 fixedsalt16bytes -id -t 2 -k 19456 -p 1 -l 32
        byte[] salt = "fixedsalt16bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] output = engine.argon2id(Argon2Params.OWASP_MINIMUM,
                "correct horse battery staple".getBytes(StandardCharsets.US_ASCII), salt, 32);

        assertThat(HexFormat.of().formatHex(output))
                .isEqualTo("5f4f805e46d49352af15a7caf3b59bc4da1bafe9ab9d319488438f695b5edcc4");
        assertThat(new StoredSecretHash("p1", Argon2Params.OWASP_MINIMUM, salt, output).phc()).isEqualTo(
                "$argon2id$v=19$m=19456,t=2,p=1$Zml4ZWRzYWx0MTZieXRlcw$X0+AXkbUk1KvFafK87WbxNobr+mrnTGUiEOPaVte3MQ");
    }

    @Test
    void bothEnginesGiveTheSameBytesForAnyParametersInputSaltAndLength() {
        Argon2Engine nativeEngine = NativeArgon2.load().orElseThrow();
        Argon2Engine javaEngine = new JavaArgon2();
        Random random = new Random(20261130);
        for (int i = 0; i < 12; i++) {
            int lanes = 1 + random.nextInt(4);
            Argon2Params params = new Argon2Params(8 * lanes + random.nextInt(2048), 1 + random.nextInt(3), lanes);
            byte[] input = new byte[random.nextInt(80)];
            byte[] salt = new byte[8 + random.nextInt(24)];
            random.nextBytes(input);
            random.nextBytes(salt);
            int length = 4 + random.nextInt(60);

            assertThat(nativeEngine.argon2id(params, input, salt, length))
                    .as("%s, input %d bytes, salt %d bytes, output %d bytes", params, input.length, salt.length, length)
                    .isEqualTo(javaEngine.argon2id(params, input, salt, length));
        }
    }

    @Test
    void theNativeEngineLoadsOnThisPlatformAndIsTheOneChosen() {
        // CI runs on Linux x86-64, which argon2-jvm ships a build for: a silent fall back would halve the hashing speed.
        assertThat(Argon2Engine.fastest()).isInstanceOf(NativeArgon2.class);
        assertThat(Argon2Engine.fastest().name()).isEqualTo("libargon2");
    }

    @Test
    void withoutTheNativeLibraryThePureJavaEngineIsChosen() {
        assertThat(Argon2Engine.fastest(Optional::empty)).isInstanceOf(JavaArgon2.class);
        assertThat(new JavaArgon2().name()).isEqualTo("password4j");
    }
}
