package io.finguard.adapters.web;

import io.finguard.domain.policy.Limit;
import java.time.Duration;
import java.util.Locale;

/** The one place a rate-limit refusal becomes an answer: 429 rate_limited naming the limit, with Retry-After, counted. */
public final class RateLimitReplies {
    private final ApiMetrics metrics;

    RateLimitReplies(ApiMetrics metrics) {
        this.metrics = metrics;
    }

    public Reply throttled(Limit limit, Duration retryAfter) {
        metrics.rateLimitDenial(limit);
        return Reply.retryLater(Problem.of(429, ProblemCode.RATE_LIMITED, "Too many attempts; try again later.")
                .withLimit(limit.name().toLowerCase(Locale.ROOT)), retryAfter);
    }
}
