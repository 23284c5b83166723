package io.finguard.adapters.crypto.credential;

import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.SecretMatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Argon2id ({@link Argon2Engine}: libargon2 where it loads, else Password4j) over an HMAC-SHA256 pepper of the
 * NFKC-normalized secret, with a bounded number of hashes in flight. Stored hashes record pepper id and
 * parameters, so outdated ones are rehashed once.
 */
public final class Argon2SecretHasher implements SecretHasher {
    static final int SALT_BYTES = 16;
    static final int OUTPUT_BYTES = 32;

    private final SecretHashingConfig config;
    private final HashingPermits permits;
    private final SecureRandom random = new SecureRandom();
    private final StoredSecretHash dummy;
    private final Argon2Engine engine;

    public Argon2SecretHasher(SecretHashingConfig config) {
        this(config, Argon2Engine.fastest());
    }

    Argon2SecretHasher(SecretHashingConfig config, Argon2Engine engine) {
        this.config = Objects.requireNonNull(config, "config");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.permits = new HashingPermits(config.maxConcurrent(), config.maxWait());
        // Costs exactly one verification at current settings and can never match (a 2^-256 chance).
        this.dummy = new StoredSecretHash(config.pepper().currentId(), config.params(), new byte[SALT_BYTES],
                new byte[OUTPUT_BYTES]);
    }

    @Override
    public HashedSecret hash(String secret) {
        return hashAll(List.of(secret)).getFirst();
    }

    @Override
    public List<HashedSecret> hashAll(List<String> secrets) {
        List<String> copy = List.copyOf(secrets);
        return permits.run(() -> copy.stream().map(this::hashNow).toList());
    }

    @Override
    public SecretMatch verify(String secret, HashedSecret stored) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(stored, "stored");
        return permits.run(() -> verifyNow(secret, stored.encoded()));
    }

    @Override
    public void verifyDummy(String secret) {
        Objects.requireNonNull(secret, "secret");
        permits.run(() -> matches(secret, dummy));
    }

    /** How many callers found no free permit and had to wait. */
    public long waitCount() {
        return permits.waits();
    }

    /** How many callers waited past the bound and got {@code DependencyUnavailableException}. */
    public long timeoutCount() {
        return permits.timeouts();
    }

    /** Which Argon2id implementation runs the hashes ({@code libargon2} or {@code password4j}). */
    public String engineName() {
        return engine.name();
    }

    /** False where libargon2 did not load and the hashes run in pure Java, at about half the speed. */
    public boolean runsNatively() {
        return engine instanceof NativeArgon2;
    }

    /** Hashes running right now. */
    public int inFlight() {
        return permits.inFlight();
    }

    private HashedSecret hashNow(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        String pepperId = config.pepper().currentId();
        byte[] input = config.pepper().macWithCurrent(normalized(secret));
        byte[] output = engine.argon2id(config.params(), input, salt, OUTPUT_BYTES);
        return new HashedSecret(new StoredSecretHash(pepperId, config.params(), salt, output).encode());
    }

    private SecretMatch verifyNow(String secret, String encoded) {
        Optional<StoredSecretHash> parsed = StoredSecretHash.parse(encoded)
                .filter(candidate -> config.pepper().contains(candidate.pepperId()));
        if (parsed.isEmpty()) {
            // Unreadable or unknown pepper: still spend one hash, so the answer takes as long as a real one.
            matches(secret, dummy);
            return new SecretMatch.Mismatch();
        }
        StoredSecretHash stored = parsed.get();
        if (!matches(secret, stored)) {
            return new SecretMatch.Mismatch();
        }
        return new SecretMatch.Matches(isCurrent(stored) ? Optional.empty() : Optional.of(hashNow(secret)));
    }

    private boolean matches(String secret, StoredSecretHash stored) {
        byte[] input = config.pepper().mac(stored.pepperId(), normalized(secret)).orElseThrow();
        byte[] output = engine.argon2id(stored.params(), input, stored.salt(), stored.hash().length);
        return MessageDigest.isEqual(output, stored.hash());
    }

    private boolean isCurrent(StoredSecretHash stored) {
        return stored.pepperId().equals(config.pepper().currentId())
                && stored.params().equals(config.params())
                && stored.salt().length == SALT_BYTES
                && stored.hash().length == OUTPUT_BYTES;
    }

    private static byte[] normalized(String secret) {
        return Normalizer.normalize(secret, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
    }
}
