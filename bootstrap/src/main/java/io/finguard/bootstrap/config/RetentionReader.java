package io.finguard.bootstrap.config;

import io.finguard.domain.retention.EndedKind;
import io.finguard.domain.retention.RetentionPolicy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Reads the retention period of each kind of ended record ({@code FINGUARD_RETENTION_*_DAYS}); defaults are the policy's. */
final class RetentionReader {
    private static final int MAX_DAYS = 3650;
    private static final Map<EndedKind, Setting> SETTINGS = Map.of(
            EndedKind.OTP_CHALLENGES, Setting.RETENTION_OTP_CHALLENGES_DAYS,
            EndedKind.SIGNUPS, Setting.RETENTION_SIGNUPS_DAYS,
            EndedKind.SESSIONS, Setting.RETENTION_SESSIONS_DAYS,
            EndedKind.PHONE_CHANGES, Setting.RETENTION_PHONE_CHANGES_DAYS,
            EndedKind.RECOVERIES, Setting.RETENTION_RECOVERIES_DAYS,
            EndedKind.PASSKEY_CHALLENGES, Setting.RETENTION_PASSKEY_CHALLENGES_DAYS,
            EndedKind.DELIVERED_EVENTS, Setting.RETENTION_DELIVERED_EVENTS_DAYS,
            EndedKind.DEAD_EVENTS, Setting.RETENTION_DEAD_EVENTS_DAYS,
            EndedKind.PAYMENT_AUTHORIZATIONS, Setting.RETENTION_PAYMENT_AUTHORIZATIONS_DAYS);

    private RetentionReader() {
    }

    /** The policy, or null when a value was refused (the reader holds the problem). */
    static RetentionPolicy read(EnvironmentReader in) {
        RetentionPolicy defaults = RetentionPolicy.defaults();
        Map<EndedKind, Duration> periods = new EnumMap<>(EndedKind.class);
        boolean complete = true;
        for (EndedKind kind : EndedKind.values()) {
            Integer days = in.integer(SETTINGS.get(kind), (int) defaults.periodOf(kind).toDays(), 1, MAX_DAYS,
                    "from a day to ten years");
            if (days == null) {
                complete = false;
            } else {
                periods.put(kind, Duration.ofDays(days));
            }
        }
        return complete ? new RetentionPolicy(periods) : null;
    }
}
