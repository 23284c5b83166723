package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.SecretMatch;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link SecretHasher} does (security.md, "Secrets people choose"): salted, NFKC-normalized,
 * never truncated, unreadable stored text is a mismatch, and an outdated hash is rehashed exactly once.
 */
public abstract class SecretHasherContract {
    private static final String SECRET = "correct horse battery staple";

    /** A hasher at its current settings; each call may return a new one sharing those settings. */
    protected abstract SecretHasher hasher();

    /**
     * A hasher at newer settings (stronger parameters, a new pepper id or version) that still verifies
     * what {@link #hasher()} made, so those hashes count as outdated.
     */
    protected abstract SecretHasher upgradedHasher();

    private SecretHasher hasher;

    @BeforeEach
    void freshHasher() {
        hasher = hasher();
    }

    @Test
    void theHashIsNotTheSecretAndTheRightSecretMatchesWithoutARehash() {
        HashedSecret hash = hasher.hash(SECRET);

        assertThat(hash.encoded()).doesNotContain(SECRET).doesNotContain("horse");
        assertThat(hasher.verify(SECRET, hash)).isEqualTo(new SecretMatch.Matches(Optional.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"correct horse battery stapl", "correct horse battery staple ", "Correct horse battery staple",
            "CORRECT HORSE BATTERY STAPLE", "", "correct horse battery staplf"})
    void anyOtherSecretIsAMismatch_caseAndSpacesIncluded(String wrong) {
        HashedSecret hash = hasher.hash(SECRET);

        assertThat(hasher.verify(wrong, hash)).isInstanceOf(SecretMatch.Mismatch.class);
    }

    @Test
    void twoHashesOfOneSecretDifferBecauseEachHasItsOwnSaltAndBothMatch() {
        HashedSecret first = hasher.hash(SECRET);
        HashedSecret second = hasher.hash(SECRET);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify(SECRET, first).matches()).isTrue();
        assertThat(hasher.verify(SECRET, second).matches()).isTrue();
    }

    @Test
    void hashAllGivesOneHashPerSecretInOrderEachMatchingOnlyItsOwn() {
        List<HashedSecret> hashes = hasher.hashAll(List.of(SECRET, "739184"));

        assertThat(hashes).hasSize(2);
        assertThat(hasher.verify(SECRET, hashes.get(0)).matches()).isTrue();
        assertThat(hasher.verify("739184", hashes.get(1)).matches()).isTrue();
        assertThat(hasher.verify("739184", hashes.get(0))).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(hasher.hashAll(List.of())).isEmpty();
    }

    @Test
    void aHashMatchesOnlyItsOwnSecretNotAnotherSecretsHash() {
        HashedSecret pin = hasher.hash("739184");
        HashedSecret password = hasher.hash(SECRET);

        assertThat(hasher.verify("739184", password)).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(hasher.verify(SECRET, pin)).isInstanceOf(SecretMatch.Mismatch.class);
    }

    static Stream<Arguments> equivalentSecrets() {
        return Stream.of(
                Arguments.of("fullwidth letters and digits", "ｐａｓｓｗｏｒｄ１２３", "password123"),
                Arguments.of("precomposed vs combining accent", "caf\u00e9 au lait", "cafe\u0301 au lait"),
                Arguments.of("ligature vs letters", "\ufb01ne print", "fine print"),
                Arguments.of("no-break space vs space", "two\u00a0words here", "two words here"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("equivalentSecrets")
    void secretsThatAreEqualUnderNfkcMatchEachOthersHash(String description, String typed, String stored) {
        assertThat(hasher.verify(typed, hasher.hash(stored)).matches()).as(description).isTrue();
        assertThat(hasher.verify(stored, hasher.hash(typed)).matches()).as(description).isTrue();
    }

    @Test
    void longSecretsAreNeverTruncated_aDifferenceAfterCharacter200StillMismatches() {
        String base = "a-long-passphrase-".repeat(12);
        HashedSecret hash = hasher.hash(base + "X");

        assertThat(hasher.verify(base + "X", hash).matches()).isTrue();
        assertThat(hasher.verify(base + "Y", hash)).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(hasher.verify(base, hash)).isInstanceOf(SecretMatch.Mismatch.class);
    }

    @Test
    void nonLatinTextAndSeparatorsCountCharacterByCharacter() {
        String secret = "$p=1$ \u043f\u0430\u0440\u043e\u043b\u044c \u5bc6\u7801 \uD83D\uDD11";
        HashedSecret hash = hasher.hash(secret);

        assertThat(hasher.verify(secret, hash).matches()).isTrue();
        assertThat(hasher.verify(secret.replace('\u044c', '\u044f'), hash)).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(hasher.verify(secret.replace('\u7801', '\u5417'), hash)).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(hasher.verify(secret.replace("\uDD11", "\uDD12"), hash)).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(hasher.verify("$p=1$", hash)).isInstanceOf(SecretMatch.Mismatch.class);
    }

    static Stream<String> unreadableHashes() {
        return Stream.of("not a hash", "$", "$$$$$$$", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "$fg$p=unknown-pepper$argon2id$v=19$m=1024,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "$fg$p=p1$argon2id$v=19$m=999999999,t=999,p=999$!!!$???",
                "\u0000\uFFFF\uD800");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unreadableHashes")
    void storedTextThatIsNotAHashItMadeIsAMismatchNotAnException(String unreadable) {
        assertThat(hasher.verify(SECRET, new HashedSecret(unreadable))).isInstanceOf(SecretMatch.Mismatch.class);
    }

    @Test
    void aDamagedHashIsAMismatch() {
        String encoded = hasher.hash(SECRET).encoded();
        String truncated = encoded.substring(0, encoded.length() - 4);
        int last = encoded.length() - 3;
        String flipped = encoded.substring(0, last) + (encoded.charAt(last) == 'A' ? 'B' : 'A') + encoded.substring(last + 1);

        assertThat(hasher.verify(SECRET, new HashedSecret(truncated))).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(hasher.verify(SECRET, new HashedSecret(flipped))).isInstanceOf(SecretMatch.Mismatch.class);
    }

    @Test
    void aHashAtOutdatedSettingsMatchesWithARehashThatIsCurrentAndMatchesTheSameSecret() {
        SecretHasher upgraded = upgradedHasher();
        HashedSecret old = hasher.hash(SECRET);

        SecretMatch.Matches match = assertThat(upgraded.verify(SECRET, old))
                .asInstanceOf(type(SecretMatch.Matches.class)).actual();

        HashedSecret rehashed = match.rehashed().orElseThrow(() -> new AssertionError("an outdated hash must be rehashed"));
        assertThat(rehashed).isNotEqualTo(old);
        assertThat(upgraded.verify(SECRET, rehashed)).isEqualTo(new SecretMatch.Matches(Optional.empty()));
        assertThat(upgraded.verify("not the secret", rehashed)).isInstanceOf(SecretMatch.Mismatch.class);
    }

    @Test
    void aWrongSecretAgainstAnOutdatedHashIsAMismatchWithNoRehash() {
        HashedSecret old = hasher.hash(SECRET);

        assertThat(upgradedHasher().verify("not the secret", old)).isInstanceOf(SecretMatch.Mismatch.class);
    }

    @ParameterizedTest(name = "[{index}] length {0}")
    @ValueSource(ints = {0, 1, 6, 128, 1000})
    void theDummyVerificationAcceptsAnySecretAndChangesNothing(int length) {
        HashedSecret hash = hasher.hash(SECRET);

        assertThatNoException().isThrownBy(() -> hasher.verifyDummy("x".repeat(length)));
        assertThat(hasher.verify(SECRET, hash)).isEqualTo(new SecretMatch.Matches(Optional.empty()));
    }
}
