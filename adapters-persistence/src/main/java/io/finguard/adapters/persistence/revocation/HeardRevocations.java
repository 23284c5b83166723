package io.finguard.adapters.persistence.revocation;

import io.finguard.domain.model.FamilyId;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bounded in-memory set of sessions heard to have ended, each kept until its deadline (monotonic nanos). When it is
 * full of live entries it takes no more and says so ({@link #overflowing}) until the oldest would have expired, so the
 * caller fails closed instead of forgetting an end.
 */
final class HeardRevocations {
    private final Map<FamilyId, Long> deadlines = new ConcurrentHashMap<>();
    private final int capacity;
    private final long keepNanos;
    private volatile long overflowUntil = Long.MIN_VALUE;
    private volatile boolean overflowed;

    HeardRevocations(int capacity, long keepNanos) {
        this.capacity = capacity;
        this.keepNanos = keepNanos;
    }

    synchronized void add(FamilyId session, long nowNanos) {
        if (deadlines.size() >= capacity && !deadlines.containsKey(session)) {
            prune(nowNanos);
        }
        if (deadlines.size() >= capacity && !deadlines.containsKey(session)) {
            overflowed = true;
            overflowUntil = nowNanos + keepNanos;
            return;
        }
        deadlines.put(session, nowNanos + keepNanos);
    }

    boolean contains(FamilyId session, long nowNanos) {
        Long deadline = deadlines.get(session);
        return deadline != null && deadline - nowNanos > 0;
    }

    /** True while an end may have been dropped for want of room. */
    boolean overflowing(long nowNanos) {
        return overflowed && overflowUntil - nowNanos > 0;
    }

    int size() {
        return deadlines.size();
    }

    private void prune(long nowNanos) {
        for (Iterator<Map.Entry<FamilyId, Long>> it = deadlines.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue() - nowNanos <= 0) {
                it.remove();
            }
        }
    }
}
