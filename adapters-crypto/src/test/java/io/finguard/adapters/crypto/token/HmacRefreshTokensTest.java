package io.finguard.adapters.crypto.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.token.RefreshToken;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HmacRefreshTokensTest {
    private static final byte[] KEY = "refresh-key-refresh-key-refresh-k".getBytes(StandardCharsets.US_ASCII);

    private final HmacRefreshTokens tokens = new HmacRefreshTokens(new RefreshTokenConfig(KEY));

    @Test
    void aFirstTokenIs256RandomBitsInUnpaddedBase64url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            RefreshToken token = tokens.first();
            assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
            seen.add(token.value());
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void theDigestIsLowerHexSha256OfTheTokenText() {
        // FIPS 180-2 test vector for "abc".
        assertThat(tokens.digestOf("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        RefreshToken first = tokens.first();
        assertThat(first.digest()).isEqualTo(tokens.digestOf(first.value()));
    }

    @Test
    void aSuccessorIsHmacSha256OfThePresentedTokenUnderTheServerKey() {
        // RFC 4231 test case 6: a 131-byte key of 0xaa.
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        var rfc = new HmacRefreshTokens(new RefreshTokenConfig(key));
        byte[] expected = HexFormat.of().parseHex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");

        RefreshToken successor = rfc.successorOf("Test Using Larger Than Block-Size Key - Hash Key First");

        assertThat(successor.value()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
        assertThat(successor.digest()).isEqualTo(rfc.digestOf(successor.value()));
    }

    @Test
    void aRetriedRotationNamesTheSameSuccessorAndAnotherKeyAnotherOne() {
        RefreshToken first = tokens.first();
        var otherKey = new HmacRefreshTokens(new RefreshTokenConfig("another-key-another-key-another-k"
                .getBytes(StandardCharsets.US_ASCII)));

        assertThat(tokens.successorOf(first.value())).isEqualTo(tokens.successorOf(first.value()));
        assertThat(tokens.successorOf(first.value()).value()).isNotEqualTo(first.value()).hasSize(43);
        assertThat(otherKey.successorOf(first.value()).value()).isNotEqualTo(tokens.successorOf(first.value()).value());
    }

    @Test
    void junkInputNeverFails() {
        String[] junk = {null, "", " ", "\uD800", "x".repeat(100_000), "\u0000", "тест"};
        for (String presented : junk) {
            assertThat(tokens.digestOf(presented).hex()).hasSize(64);
            assertThat(tokens.successorOf(presented).value()).hasSize(43);
        }
    }

    @Test
    void aShortKeyIsRefusedAndTheConfigNeverPrintsIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RefreshTokenConfig(new byte[31]));
        assertThat(new RefreshTokenConfig(KEY).toString()).doesNotContain("refresh-key");
    }
}
