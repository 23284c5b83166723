package io.finguard.application;

import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.port.out.RateLimiter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;

/**
 * A rate limiter whose store fails on one call: that method throws {@link DependencyUnavailableException} as the
 * Redis adapter does when Redis times out; every other call goes to the limiter it wraps.
 */
final class FailingRateLimiter {
    private FailingRateLimiter() {
    }

    static RateLimiter failingOn(String method, RateLimiter wrapped) {
        if (Arrays.stream(RateLimiter.class.getMethods()).noneMatch(m -> m.getName().equals(method))) {
            throw new IllegalArgumentException("RateLimiter has no method " + method);
        }
        return (RateLimiter) Proxy.newProxyInstance(RateLimiter.class.getClassLoader(), new Class<?>[] {RateLimiter.class},
                (proxy, called, args) -> {
                    if (called.getName().equals(method)) {
                        throw new DependencyUnavailableException("redis", Duration.ofSeconds(1), null);
                    }
                    try {
                        return called.invoke(wrapped, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
