package io.finguard.adapters.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.port.out.DependencyUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Hashing is memory-hard: excess callers wait a bounded time and then get 503, they do not pile up. */
class Argon2ConcurrencyBoundTest {
    /** Ten passes keep the first hash busy long enough (about a second) for the second caller to meet it. */
    private static final Argon2Params SLOW = new Argon2Params(19_456, 10, 1);

    @Test
    void withOnePermitASecondConcurrentHashTimesOutAsDependencyUnavailable() throws Exception {
        var hasher = new Argon2SecretHasher(config(Duration.ofMillis(5)));
        CompletableFuture<HashedSecret> first = CompletableFuture.supplyAsync(() -> hasher.hash("first caller"));
        awaitInFlight(hasher, first);

        assertThatThrownBy(() -> hasher.hash("second caller"))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, e -> {
                    assertThat(e.dependency()).isEqualTo("password-hashing");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                });
        assertThatThrownBy(() -> hasher.verifyDummy("third caller")).isInstanceOf(DependencyUnavailableException.class);

        assertThat(first.get(30, TimeUnit.SECONDS).encoded()).startsWith("$fg$p=p1$");
        assertThat(hasher.waitCount()).isEqualTo(2);
        assertThat(hasher.timeoutCount()).isEqualTo(2);
        assertThat(hasher.inFlight()).isZero();
    }

    @Test
    void aCallerThatGetsAPermitWithinTheWaitBoundProceeds() throws Exception {
        var hasher = new Argon2SecretHasher(config(Duration.ofSeconds(20)));
        CompletableFuture<HashedSecret> first = CompletableFuture.supplyAsync(() -> hasher.hash("first caller"));
        awaitInFlight(hasher, first);

        HashedSecret second = hasher.hash("second caller");

        assertThat(first.get(30, TimeUnit.SECONDS)).isNotNull();
        assertThat(hasher.verify("second caller", second).matches()).isTrue();
        assertThat(hasher.waitCount()).isEqualTo(1);
        assertThat(hasher.timeoutCount()).isZero();
    }

    @Test
    void aBatchHoldsItsPermitThroughAllItsHashes_soACallerQueuedBehindItDoesNotGetBetweenThem() throws Exception {
        // Slower hashes: the batch's caller must note its end while the later caller's hash still runs.
        var hasher = new Argon2SecretHasher(config(Duration.ofSeconds(20)).withParams(new Argon2Params(19_456, 40, 1)));
        CompletableFuture<Long> batchDone = CompletableFuture.supplyAsync(() -> {
            hasher.hashAll(List.of("password of one request", "pin of the same request"));
            return System.nanoTime();
        });
        awaitInFlight(hasher, batchDone);

        hasher.hash("a caller that came later");
        long singleDone = System.nanoTime();

        assertThat(batchDone.get(30, TimeUnit.SECONDS)).as("the batch ended before the later caller's hash").isLessThan(singleDone);
        assertThat(hasher.waitCount()).isEqualTo(1);
    }

    @Test
    void aBatchThatFindsNoPermitWithinTheBoundIsRefusedWholeAndLeavesNoHashRunning() throws Exception {
        var hasher = new Argon2SecretHasher(config(Duration.ofMillis(5)));
        CompletableFuture<HashedSecret> first = CompletableFuture.supplyAsync(() -> hasher.hash("first caller"));
        awaitInFlight(hasher, first);

        assertThatThrownBy(() -> hasher.hashAll(List.of("password", "pin"))).isInstanceOf(DependencyUnavailableException.class);

        first.get(30, TimeUnit.SECONDS);
        assertThat(hasher.timeoutCount()).isEqualTo(1);
        assertThat(hasher.inFlight()).isZero();
    }

    private static SecretHashingConfig config(Duration maxWait) {
        return SecretHashingConfig.defaults(Argon2SecretHasherTest.RING_1).withParams(SLOW).withConcurrency(1, maxWait);
    }

    private static void awaitInFlight(Argon2SecretHasher hasher, CompletableFuture<?> first) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hasher.inFlight() == 0 && !first.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(hasher.inFlight()).as("first hash running").isEqualTo(1);
    }
}
