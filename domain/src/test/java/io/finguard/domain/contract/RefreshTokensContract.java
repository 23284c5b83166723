package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.port.out.RefreshTokens;
import io.finguard.domain.token.RefreshToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokens} does (security.md, "Tokens"): unguessable opaque values of at least 256 bits,
 * stored as their SHA-256, and successors that a retried rotation derives again without storing them.
 */
public abstract class RefreshTokensContract {
    /** 256 bits in base64url without padding. */
    private static final int MIN_CHARS = 43;

    /** A fresh instance with a server key of its own: two calls derive different successors. */
    protected abstract RefreshTokens newTokens();

    private RefreshTokens tokens;

    @BeforeEach
    void freshTokens() {
        tokens = newTokens();
    }

    @Test
    void firstTokensAreUniqueOverAHundredDrawsAndAtLeast43Characters() {
        Set<String> values = new HashSet<>();
        Set<TokenDigest> digests = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            RefreshToken token = tokens.first();
            assertThat(token.value()).hasSizeGreaterThanOrEqualTo(MIN_CHARS);
            values.add(token.value());
            digests.add(token.digest());
        }

        assertThat(values).hasSize(100);
        assertThat(digests).hasSize(100);
    }

    @Test
    void aTokensDigestIsTheSha256OfItsTextAndIsWhatDigestOfAnswers() {
        RefreshToken token = tokens.first();

        assertThat(token.digest()).isEqualTo(sha256(token.value()));
        assertThat(tokens.digestOf(token.value())).isEqualTo(token.digest());
        assertThat(tokens.digestOf(token.value())).isEqualTo(tokens.digestOf(token.value()));
    }

    @Test
    void aRetriedRotationDerivesTheSameSuccessor() {
        RefreshToken first = tokens.first();

        RefreshToken once = tokens.successorOf(first.value());
        RefreshToken again = tokens.successorOf(first.value());

        assertThat(again).isEqualTo(once);
        assertThat(once.value()).isNotEqualTo(first.value()).hasSizeGreaterThanOrEqualTo(MIN_CHARS);
        assertThat(once.digest()).isEqualTo(tokens.digestOf(once.value())).isEqualTo(sha256(once.value()));
    }

    @Test
    void aChainOfSuccessorsNeverRepeatsAToken() {
        List<String> chain = new ArrayList<>();
        chain.add(tokens.first().value());
        for (int i = 0; i < 20; i++) {
            chain.add(tokens.successorOf(chain.getLast()).value());
        }

        assertThat(chain).doesNotHaveDuplicates();
    }

    @Test
    void differentTokensHaveDifferentSuccessors() {
        RefreshToken a = tokens.first();
        RefreshToken b = tokens.first();

        assertThat(tokens.successorOf(a.value())).isNotEqualTo(tokens.successorOf(b.value()));
    }

    @Test
    void successorsDependOnTheServerKey_anotherInstanceDerivesAnotherOne() {
        RefreshToken first = tokens.first();

        assertThat(newTokens().successorOf(first.value())).isNotEqualTo(tokens.successorOf(first.value()));
    }

    @Test
    void digestOfJunkNeverThrowsIsStillTheSha256AndMatchesNoRealToken() {
        RefreshToken real = tokens.first();
        List<String> junk = List.of("", " ", "not a token", "\u0000", "\u00e9".repeat(3), "x".repeat(100_000),
                real.value() + " ", real.value().substring(1), real.value().toUpperCase(), real.value() + real.value());

        for (String presented : junk) {
            TokenDigest digest = tokens.digestOf(presented);
            assertThat(digest).as("digest of [%.20s]", presented).isEqualTo(sha256(presented)).isNotEqualTo(real.digest());
        }
    }

    @Test
    void digestOfAbsentOrUnencodableTextNeverThrows() {
        RefreshToken real = tokens.first();

        assertThat(tokens.digestOf(null)).isNotNull().isNotEqualTo(real.digest());
        assertThat(tokens.digestOf("\uD800")).isNotNull().isNotEqualTo(real.digest());
    }

    private static TokenDigest sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new TokenDigest(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
