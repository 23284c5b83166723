package io.finguard.bootstrap.config;

import java.util.List;
import java.util.Objects;

/** Configuration that was read: the value, or every problem found, one line each, so one restart fixes them all. */
public sealed interface Validated<T> {

    record Valid<T>(T value) implements Validated<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(List<String> problems) implements Validated<T> {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid configuration names at least one problem");
            }
        }
    }
}
