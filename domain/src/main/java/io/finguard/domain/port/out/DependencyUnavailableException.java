package io.finguard.domain.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * An out-port could not do its work because what stands behind it is down, slow or saturated
 * (database, Redis, hashing pool). Callers fail closed: the API answers 503 with Retry-After.
 */
public class DependencyUnavailableException extends RuntimeException {
    private final String dependency;
    private final Duration retryAfter;

    public DependencyUnavailableException(String dependency, Duration retryAfter, Throwable cause) {
        super(dependency + " unavailable", cause);
        this.dependency = Objects.requireNonNull(dependency, "dependency");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public String dependency() {
        return dependency;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
