package io.finguard.domain.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * Every rate limit and lockout of security.md, as numbers. {@code prefixLength} is how many leading
 * characters of the E.164 number (with '+') form the prefix watched for SMS-pumping anomalies; the
 * global budget trips a breaker that stays open for {@code breakerOpen}. The {@code ip*} windows count a
 * client's network (IPv4 address, IPv6 /64), the {@code coarse*} windows its wider network (IPv4 /24, IPv6 /48).
 * {@code adminRequests} caps the operator API per caller address.
 * Requests to the routes that hash (step-up, signup credentials and profile, credential change) are counted per
 * subject ({@code hashingPerSubject}) and per client network ({@code hashingPerClient}).
 */
public record RateLimits(
        Duration resendCooldown,
        Window phoneBurst,
        Window phoneDaily,
        Window ipSends,
        Window ipVerifies,
        Window coarseSends,
        Window coarseVerifies,
        Lockout phoneVerifyFailures,
        Lockout stepUpFailures,
        int prefixLength,
        Window prefixSends,
        Window globalSends,
        Duration breakerOpen,
        int accountFailureCeiling,
        Duration ceilingLock,
        Window userTransfers,
        Window adminRequests,
        Window hashingPerSubject,
        Window hashingPerClient) {

    public RateLimits {
        Objects.requireNonNull(resendCooldown, "resendCooldown");
        Objects.requireNonNull(phoneBurst, "phoneBurst");
        Objects.requireNonNull(phoneDaily, "phoneDaily");
        Objects.requireNonNull(ipSends, "ipSends");
        Objects.requireNonNull(ipVerifies, "ipVerifies");
        Objects.requireNonNull(coarseSends, "coarseSends");
        Objects.requireNonNull(coarseVerifies, "coarseVerifies");
        Objects.requireNonNull(phoneVerifyFailures, "phoneVerifyFailures");
        Objects.requireNonNull(stepUpFailures, "stepUpFailures");
        Objects.requireNonNull(prefixSends, "prefixSends");
        Objects.requireNonNull(globalSends, "globalSends");
        Objects.requireNonNull(breakerOpen, "breakerOpen");
        Objects.requireNonNull(ceilingLock, "ceilingLock");
        Objects.requireNonNull(userTransfers, "userTransfers");
        Objects.requireNonNull(adminRequests, "adminRequests");
        Objects.requireNonNull(hashingPerSubject, "hashingPerSubject");
        Objects.requireNonNull(hashingPerClient, "hashingPerClient");
        if (prefixLength < 2 || prefixLength > 8 || accountFailureCeiling < 1) {
            throw new IllegalArgumentException("prefixLength must be 2..8 and the ceiling positive");
        }
    }

    /** The defaults of security.md; a coarse network may send or verify five times what one network may. */
    public static RateLimits defaults() {
        return new RateLimits(
                Duration.ofSeconds(30),
                Window.of(3, Duration.ofMinutes(5)),
                Window.of(10, Duration.ofHours(24)),
                Window.of(20, Duration.ofMinutes(10)),
                Window.of(20, Duration.ofMinutes(10)),
                Window.of(100, Duration.ofMinutes(10)),
                Window.of(100, Duration.ofMinutes(10)),
                new Lockout(10, Duration.ofMinutes(15), Duration.ofMinutes(15), 1, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 2, Duration.ofHours(24), Duration.ofDays(1)),
                5,
                Window.of(200, Duration.ofMinutes(10)),
                Window.of(600, Duration.ofMinutes(1)),
                Duration.ofMinutes(1),
                100,
                Duration.ofHours(24),
                Window.of(20, Duration.ofMinutes(10)),
                Window.of(60, Duration.ofMinutes(1)),
                Window.of(10, Duration.ofMinutes(10)),
                Window.of(30, Duration.ofMinutes(10)));
    }
}
