package io.finguard.application.retention;

import io.finguard.domain.retention.EndedKind;
import java.util.EnumMap;
import java.util.Map;

/** What one purge run deleted, per kind (every kind present, zero included). */
public record Purged(Map<EndedKind, Integer> counts) {
    public Purged {
        EnumMap<EndedKind, Integer> all = new EnumMap<>(EndedKind.class);
        for (EndedKind kind : EndedKind.values()) {
            all.put(kind, counts.getOrDefault(kind, 0));
        }
        counts = Map.copyOf(all);
    }

    public int of(EndedKind kind) {
        return counts.get(kind);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Kind by kind in declaration order, for the log line (counts only: nothing about whom the rows held). */
    @Override
    public String toString() {
        return new EnumMap<>(counts).toString();
    }
}
