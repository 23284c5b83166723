package io.finguard.adapters.telco;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SimSwapStatus;
import io.finguard.domain.port.out.SimSwapCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A network for development and tests that answers what it was told: per number {@code swapped@<ISO instant>},
 * {@code unknown} or {@code not_swapped}; every other number was never swapped. A swap before the period asked about
 * is not reported, as a real network would not.
 */
public final class StubSimSwapCheck implements SimSwapCheck {
    private final Map<PhoneNumber, String> answers;
    private final Clock clock;

    private StubSimSwapCheck(Map<PhoneNumber, String> answers, Clock clock) {
        this.answers = Map.copyOf(answers);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A network where no number was ever swapped. */
    public static StubSimSwapCheck neverSwapped(Clock clock) {
        return new StubSimSwapCheck(Map.of(), clock);
    }

    /**
     * Parses {@code +4915112345678=swapped@2026-03-01T10:00:00Z,+4915187654321=unknown}; throws
     * {@link IllegalArgumentException} naming the entry's position (never its number) when one is malformed.
     */
    public static StubSimSwapCheck parse(String spec, Clock clock) {
        Map<PhoneNumber, String> answers = new LinkedHashMap<>();
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            int split = entry.indexOf('=');
            String answer = split < 0 ? "" : entry.substring(split + 1).strip();
            if (split < 0 || !PhoneNumber.isValid(entry.substring(0, split).strip()) || !valid(answer)) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is not <E.164 number>=swapped@<ISO instant>|unknown|not_swapped");
            }
            answers.put(PhoneNumber.of(entry.substring(0, split).strip()), answer);
        }
        return new StubSimSwapCheck(answers, clock);
    }

    private static boolean valid(String answer) {
        if (answer.equals("unknown") || answer.equals("not_swapped")) {
            return true;
        }
        if (!answer.startsWith("swapped@")) {
            return false;
        }
        try {
            Instant.parse(answer.substring("swapped@".length()));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public SimSwapStatus check(PhoneNumber phone, Duration maxAge) {
        String answer = answers.getOrDefault(phone, "not_swapped");
        if (answer.equals("unknown")) {
            return new SimSwapStatus.Unknown();
        }
        if (answer.equals("not_swapped")) {
            return new SimSwapStatus.NotSwapped();
        }
        Instant at = Instant.parse(answer.substring("swapped@".length()));
        return at.isBefore(clock.instant().minus(maxAge)) ? new SimSwapStatus.NotSwapped() : new SimSwapStatus.Swapped(at);
    }
}
