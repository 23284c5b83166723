package io.finguard.domain.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * At most {@code maxLive} live sessions per user: before one more starts, the longest unused live ones end (least
 * recently used first, then the oldest, then by id, so every instance picks the same ones). A family past its idle or
 * absolute lifetime is no longer live and does not count.
 */
public record SessionLimit(int maxLive) {
    /** operations.md: ten live sessions per user. */
    public static final int DEFAULT_MAX_LIVE = 10;

    private static final Comparator<RefreshFamily.Active> IDLEST_FIRST = Comparator
            .comparing(RefreshFamily.Active::lastUsedAt)
            .thenComparing(f -> f.facts().createdAt())
            .thenComparing(f -> f.id().value());

    public SessionLimit {
        if (maxLive < 1) {
            throw new IllegalArgumentException("maxLive must be at least 1");
        }
    }

    public static SessionLimit defaults() {
        return new SessionLimit(DEFAULT_MAX_LIVE);
    }

    /** The live sessions among {@code active} that must end at {@code now} so that one more fits under the cap. */
    public List<RefreshFamily.Active> toEndBeforeStart(List<RefreshFamily.Active> active, Instant now, SessionPolicy policy) {
        List<RefreshFamily.Active> live = active.stream().filter(f -> !f.isExpiredAt(now, policy)).sorted(IDLEST_FIRST).toList();
        int over = live.size() - (maxLive - 1);
        return over > 0 ? live.subList(0, over) : List.of();
    }
}
