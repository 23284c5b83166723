package io.finguard.archfixture.clean.domain.port.out;

/** Fixture: an out-port value type (sealed), which in-port records may carry. */
public sealed interface Quota {
    record Left(int remaining) implements Quota {
    }

    record Exhausted() implements Quota {
    }
}
