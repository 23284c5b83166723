package io.finguard.domain.model;

import java.util.Objects;

/**
 * The outcome of offering an event to a state machine: it moved to a next state, or it refused
 * and stayed where it was, with the reason.
 */
public sealed interface Transition<S> {

    /** The machine accepted the event; {@code next} is the new state (possibly the same type). */
    record Moved<S>(S next) implements Transition<S> {
        public Moved {
            Objects.requireNonNull(next, "next");
        }
    }

    /** The machine refused the event; {@code current} is unchanged. */
    record Rejected<S>(S current, Rejection reason) implements Transition<S> {
        public Rejected {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <S> Transition<S> moved(S next) {
        return new Moved<>(next);
    }

    static <S> Transition<S> rejected(S current, Rejection reason) {
        return new Rejected<>(current, reason);
    }

    /** The state after the event: the next state if moved, else the unchanged current one. */
    default S state() {
        return switch (this) {
            case Moved<S> m -> m.next();
            case Rejected<S> r -> r.current();
        };
    }
}
