package io.finguard.domain.model;

import java.util.Objects;

/**
 * The outcome of offering an event to a state machine. The variant says both whether the event was accepted and
 * whether the state changed, so callers save exactly when {@link #changed()} says so and never compare states.
 */
public sealed interface Transition<S> {

    /** The machine accepted the event. */
    sealed interface Accepted<S> extends Transition<S> {
    }

    /** The machine refused the event, for {@link #reason()}. */
    sealed interface Declined<S> extends Transition<S> {
        Rejection reason();
    }

    /** Accepted, and the machine moved to {@code next}, which must be saved. */
    record Moved<S>(S next) implements Accepted<S> {
        public Moved {
            Objects.requireNonNull(next, "next");
        }
    }

    /** Accepted, and nothing changed (a tick before any deadline, a retry already answered): nothing to save. */
    record Stayed<S>(S current) implements Accepted<S> {
        public Stayed {
            Objects.requireNonNull(current, "current");
        }
    }

    /** Refused; {@code current} is unchanged: nothing to save. */
    record Rejected<S>(S current, Rejection reason) implements Declined<S> {
        public Rejected {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Refused, and the machine moved on to {@code next} (it expired, or was revoked), which must be saved. */
    record Refused<S>(S next, Rejection reason) implements Declined<S> {
        public Refused {
            Objects.requireNonNull(next, "next");
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <S> Transition<S> moved(S next) {
        return new Moved<>(next);
    }

    static <S> Transition<S> stayed(S current) {
        return new Stayed<>(current);
    }

    static <S> Transition<S> rejected(S current, Rejection reason) {
        return new Rejected<>(current, reason);
    }

    static <S> Transition<S> refused(S next, Rejection reason) {
        return new Refused<>(next, reason);
    }

    /** The state after the event: the one to save when {@link #changed()}, else the unchanged current one. */
    default S state() {
        return switch (this) {
            case Moved<S> m -> m.next();
            case Stayed<S> s -> s.current();
            case Rejected<S> r -> r.current();
            case Refused<S> r -> r.next();
        };
    }

    /** True when {@link #state()} differs from the state the event was offered to and must be saved. */
    default boolean changed() {
        return switch (this) {
            case Moved<S> m -> true;
            case Refused<S> r -> true;
            case Stayed<S> s -> false;
            case Rejected<S> r -> false;
        };
    }
}
