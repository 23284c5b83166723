package io.finguard.archfixture.leaky.adapters.web;

import io.finguard.archfixture.leaky.adapters.redis.RedisCounter;

/** Fixture violation: a web adapter type that reaches into the Redis adapter. */
public record WebRequest(String body) {
    public long count() {
        return new RedisCounter().increment();
    }
}
