package io.finguard.adapters.web;

import io.finguard.domain.policy.Limit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The API's meters: request latency per route template and status (with a percentile histogram for
 * server-side quantiles), OTP sends by outcome, logins by authState, rate-limit denials by limit.
 */
public final class ApiMetrics {
    private final MeterRegistry registry;

    ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code route} is the template ("/v1/admin/users/{userId}/block"), never the raw path: bounded cardinality. */
    void request(String method, String route, int status, Duration elapsed) {
        Timer.builder("http.server.requests")
                .description("HTTP server request latency")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(elapsed);
    }

    public void otpSend(String outcome) {
        Counter.builder("otp.sends").description("OTP requests by outcome").tag("outcome", outcome)
                .register(registry).increment();
    }

    public void login(String authState) {
        Counter.builder("logins").description("Login results by authState").tag("authState", authState)
                .register(registry).increment();
    }

    public void rateLimitDenial(Limit limit) {
        Counter.builder("rate.limit.denials").description("Requests refused by a rate limit or lockout")
                .tag("limit", limit.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    /** A request answered 503 at once because its class had no place left. */
    void shed(RouteClass routeClass) {
        Counter.builder("load.shed").description("Requests refused because their route class was at its in-flight limit")
                .tag("class", routeClass.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    /** Requests in flight per route class, read when scraped. */
    void inFlight(ToIntFunction<RouteClass> current) {
        for (RouteClass routeClass : RouteClass.values()) {
            Gauge.builder("load.in.flight", () -> current.applyAsInt(routeClass))
                    .description("Requests in flight per route class")
                    .tag("class", routeClass.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }
}
