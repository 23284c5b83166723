package io.finguard.archfixture.leaky.adapters.redis;

/** Fixture: a Redis adapter type. */
public final class RedisCounter {
    private long value;

    public long increment() {
        return ++value;
    }
}
