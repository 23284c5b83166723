package io.finguard.application;

import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.SecretMatch;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real hasher that counts the slow hashes it runs, and holds verifications of chosen secrets at a gate until
 * the test opens it, so a test decides which of many parallel guesses finishes first.
 */
final class WatchedHasher implements SecretHasher {
    private final SecretHasher real;
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger admissions = new AtomicInteger();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

    WatchedHasher(SecretHasher real) {
        this.real = real;
    }

    /** Verifications of this secret wait until {@link #open} is called for it. */
    void hold(String secret) {
        gates.put(secret, new CountDownLatch(1));
        waiting.put(secret, new AtomicInteger());
    }

    void open(String secret) {
        gates.get(secret).countDown();
    }

    /** How many verifications of the secret wait at its gate right now. */
    int waitingWith(String secret) {
        return waiting.get(secret).get();
    }

    int hashes() {
        return hashes.get();
    }

    int verifications() {
        return verifications.get();
    }

    /** Calls into the hasher, each of which waits for a hashing slot once however many hashes it runs. */
    int admissions() {
        return admissions.get();
    }

    /** Every slow hash run: new hashes and verifications (a dummy verification included). */
    int slowHashes() {
        return hashes.get() + verifications.get();
    }

    @Override
    public HashedSecret hash(String secret) {
        hashes.incrementAndGet();
        admissions.incrementAndGet();
        return real.hash(secret);
    }

    @Override
    public List<HashedSecret> hashAll(List<String> secrets) {
        hashes.addAndGet(secrets.size());
        admissions.incrementAndGet();
        return real.hashAll(secrets);
    }

    @Override
    public SecretMatch verify(String secret, HashedSecret stored) {
        verifications.incrementAndGet();
        admissions.incrementAndGet();
        CountDownLatch gate = gates.get(secret);
        if (gate != null) {
            waiting.get(secret).incrementAndGet();
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                waiting.get(secret).decrementAndGet();
            }
        }
        return real.verify(secret, stored);
    }

    @Override
    public void verifyDummy(String secret) {
        verifications.incrementAndGet();
        admissions.incrementAndGet();
        real.verifyDummy(secret);
    }
}
