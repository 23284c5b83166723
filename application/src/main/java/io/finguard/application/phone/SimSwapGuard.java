package io.finguard.application.phone;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.model.SimSwapStatus;
import io.finguard.domain.policy.PhoneSignalPolicy;
import io.finguard.domain.policy.SimSwapRisk;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.port.out.SimSwapCheck;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one place the SIM-swap signal is asked, for login from a new device, step-up, transfers, and (for whoever builds
 * them) change of number and recovery. Callers pass only a phone already proven in this request or bound to the
 * caller's account, so the network is never asked about a number nobody proved. Answers are cached briefly per number
 * in a bounded in-process map keyed by a salted digest (never the number itself); "cannot say" is not cached, so
 * the next request asks again. A network that cannot answer is {@link SimSwapRisk#UNKNOWN}: callers fail safe.
 */
public final class SimSwapGuard {
    private final SimSwapCheck check;
    private final PhoneSignalPolicy policy;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<String, Cached> cache;
    private final String salt = HexFormat.of().formatHex(randomSalt());

    private record Cached(SimSwapStatus status, Instant until) {
    }

    public SimSwapGuard(SimSwapCheck check, PhoneSignalPolicy policy, Clock clock, Duration cacheTtl, int maxEntries) {
        this.check = Objects.requireNonNull(check, "check");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must not be negative");
        }
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** What the signal means for this proven phone now; asks the network unless a recent answer is cached. */
    public SimSwapRisk assess(PhoneNumber phone) {
        Instant now = clock.instant();
        String key = Sha256.hex(salt + phone.e164());
        SimSwapStatus status;
        synchronized (cache) {
            Cached hit = cache.get(key);
            status = hit != null && hit.until().isAfter(now) ? hit.status() : null;
        }
        if (status == null) {
            status = ask(phone);
            if (!(status instanceof SimSwapStatus.Unknown) && !cacheTtl.isZero()) {
                synchronized (cache) {
                    cache.put(key, new Cached(status, now.plus(cacheTtl)));
                }
            }
        }
        return policy.risk(status, now);
    }

    /**
     * Writes the audit event a risk calls for (a recent swap, or no answer), inside the caller's transaction, naming
     * where it was asked ({@code at}: login, step_up, transfer, ...). Nothing for {@link SimSwapRisk#NONE}.
     */
    public static void audit(Auditor auditor, Object subject, SimSwapRisk risk, String at) {
        switch (risk) {
            case RECENT_SWAP -> auditor.record(AuditType.SIM_SWAP_DETECTED, subject, Map.of("at", at));
            case UNKNOWN -> auditor.record(AuditType.SIM_SWAP_UNKNOWN, subject, Map.of("at", at));
            case NONE -> {
            }
        }
    }

    private SimSwapStatus ask(PhoneNumber phone) {
        try {
            return check.check(phone, policy.simSwapWindow());
        } catch (DependencyUnavailableException e) {
            return new SimSwapStatus.Unknown();
        }
    }

    private static byte[] randomSalt() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
