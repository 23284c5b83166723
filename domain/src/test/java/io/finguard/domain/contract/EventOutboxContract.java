package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.familyId;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.SampleValues.userId;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.EventCourier;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.event.QueuedEvent;
import io.finguard.domain.session.RevocationReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventOutbox} does for its one configured subscriber: an event published in a committed transaction
 * is delivered once, a user's events in order even across failures, and after too many failures it is dead until
 * redelivered. The store may be shared: each test looks at its own user's events only.
 */
public abstract class EventOutboxContract extends PersistenceContract {
    /** Sends tried before a delivery is dead, as the implementation under test is configured. */
    protected abstract int maxAttempts();

    private EventOutbox events() {
        return ports.events();
    }

    private EventEnvelope published(UserId user, Instant at) {
        EventEnvelope event = EventEnvelope.of(UUID.randomUUID(),
                new DomainEvent.SessionRevoked(user, at, familyId(), RevocationReason.LOGOUT));
        runInTx(() -> events().publish(event));
        return event;
    }

    /** Dispatches at {@code now} until nothing more goes out, recording what this user's subscriber got. */
    private void drain(UserId user, List<UUID> got, EventCourier courier, Instant now) {
        for (int i = 0; i < 50 && events().dispatch(d -> {
            courier.deliver(d);
            if (d.event().user().equals(user)) {
                got.add(d.event().id());
            }
        }, 100, now) > 0; i++) {
            // keep going: other tests' deliveries may share the store
        }
    }

    @Test
    void aPublishedEventIsDeliveredOnceWithItsPayload() {
        UserId user = userId();
        EventEnvelope event = published(user, T0);
        List<QueuedEvent> seen = new ArrayList<>();
        drain(user, new ArrayList<>(), d -> {
            if (d.event().user().equals(user)) {
                seen.add(d);
            }
        }, T0.plusSeconds(1));
        drain(user, new ArrayList<>(), d -> {
            if (d.event().user().equals(user)) {
                seen.add(d);
            }
        }, T0.plusSeconds(3600));

        assertThat(seen).singleElement().satisfies(d -> {
            assertThat(d.event()).isEqualTo(event);
            assertThat(d.attempts()).isZero();
        });
        assertThat(events().pending()).noneMatch(d -> d.event().user().equals(user));
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverDelivered() {
        UserId user = userId();
        try {
            runInTx(() -> {
                events().publish(EventEnvelope.of(UUID.randomUUID(), new DomainEvent.UserBlocked(user, T0)));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the change and its event went together
        }
        assertThat(events().pending()).noneMatch(d -> d.event().user().equals(user));
    }

    @Test
    void aUsersLaterEventWaitsUntilTheEarlierOneIsDelivered() {
        UserId user = userId();
        EventEnvelope first = published(user, T0);
        EventEnvelope second = published(user, T0.plusMillis(1));
        EventEnvelope third = published(user, T0.plusMillis(2));
        List<UUID> got = new ArrayList<>();
        drain(user, got, d -> {
            if (d.event().equals(first)) {
                throw new IllegalStateException("subscriber down");
            }
        }, T0.plusSeconds(1));
        assertThat(got).as("nothing after a failed earlier event").isEmpty();

        drain(user, got, d -> { }, T0.plusSeconds(3600));

        assertThat(got).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void afterTooManyFailuresADeliveryIsDeadAndRedeliveryMakesItDueAgain() {
        UserId user = userId();
        EventEnvelope event = published(user, T0);
        Instant now = T0;
        for (int attempt = 0; attempt < maxAttempts(); attempt++) {
            now = now.plusSeconds(3600);
            drain(user, new ArrayList<>(), d -> {
                if (d.event().user().equals(user)) {
                    throw new IllegalStateException("subscriber down");
                }
            }, now);
        }
        assertThat(events().dead(10_000)).filteredOn(d -> d.event().equals(event)).singleElement()
                .satisfies(d -> {
                    assertThat(d.attempts()).isEqualTo(maxAttempts());
                    assertThat(d.lastFailure()).contains("IllegalStateException");
                });
        Instant deadAt = now;
        EventEnvelope later = published(user, deadAt);
        List<UUID> got = new ArrayList<>();
        drain(user, got, d -> { }, deadAt.plusSeconds(1));
        assertThat(got).as("a dead event does not hold the user's later ones back").containsExactly(later.id());

        assertThat(inTx(() -> events().redeliver(event.id(), deadAt.plusSeconds(2)))).isEqualTo(1);
        assertThat(inTx(() -> events().redeliver(UUID.randomUUID(), deadAt.plusSeconds(2)))).isZero();
        drain(user, got, d -> { }, deadAt.plusSeconds(3));

        assertThat(got).containsExactly(later.id(), event.id());
        assertThat(events().dead(10_000)).noneMatch(d -> d.event().equals(event));
    }

    @Test
    void aMaskedPhoneIsAllAPhoneEventCarries() {
        var move = new DomainEvent.PhoneChanged(userId(), T0, phone(), phone());
        assertThat(move.data().values()).noneMatch(v -> v.equals(move.from().e164()) || v.equals(move.to().e164()));
    }
}
