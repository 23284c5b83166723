package io.finguard.application.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Daily limits count from midnight UTC. */
final class Days {
    private Days() {
    }

    static Instant startOfToday(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
