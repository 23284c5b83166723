package io.finguard.archfixture.clean.domain;

/** Fixture: a domain value type (sealed), which in-port records may carry. */
public sealed interface Quota {
    record Left(int remaining) implements Quota {
    }

    record Exhausted() implements Quota {
    }
}
