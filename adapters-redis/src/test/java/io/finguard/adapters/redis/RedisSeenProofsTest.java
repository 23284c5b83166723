package io.finguard.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.contract.SeenProofsContract;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.port.out.SeenProofs;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The SeenProofs contract against Redis; a second connection stands for a second FinGuard instance. */
class RedisSeenProofsTest extends SeenProofsContract {
    private static final String NAMESPACE = "fgtest:dpop:" + Long.toHexString(System.nanoTime());
    private static final RedisConnection ONE = RedisConnection.open(TestRedis.url(), TestRedis.settings());
    private static final RedisConnection TWO = RedisConnection.open(TestRedis.url(), TestRedis.settings());

    @AfterAll
    static void close() {
        TestRedis.deleteNamespace(ONE, NAMESPACE);
        TestRedis.deleteNamespace(ONE, NAMESPACE + ":solo");
        ONE.close();
        TWO.close();
    }

    @Override
    protected SeenProofs seenProofs() {
        return new RedisSeenProofs(ONE, NAMESPACE);
    }

    @Override
    protected SeenProofs secondInstance() {
        return new RedisSeenProofs(TWO, NAMESPACE);
    }

    @Override
    protected void advance(Duration amount) {
        try {
            Thread.sleep(amount.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aProofIdLivesUnderItsKeysHashTagWithATtlAndNeverInClear() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        String solo = NAMESPACE + ":solo";
        new RedisSeenProofs(ONE, solo).firstSighting(key, "my-readable-jti", Duration.ofMinutes(6));

        var keys = TestRedis.keysOf(ONE, solo);
        assertThat(keys).singleElement().asString().startsWith(solo + ":{k:" + key.value() + "}:")
                .doesNotContain("my-readable-jti");
        long ttl = ONE.call(r -> r.pttl(keys.get(0)));
        assertThat(ttl).isBetween(Duration.ofMinutes(5).toMillis(), Duration.ofMinutes(6).toMillis());
    }
}
