package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.challengeId;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.event.QueuedEvent;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyChallenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeEvent;
import io.finguard.domain.phone.PhoneChangeFacts;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryEvent;
import io.finguard.domain.phone.RecoveryFacts;
import io.finguard.domain.port.out.EndedRecords;
import io.finguard.domain.retention.EndedKind;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.AuthorizationFacts;
import io.finguard.domain.txauth.PaymentDigest;
import io.finguard.domain.user.User;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EndedRecords} store does for the kinds whose stores have no contract of their own on it (changes of
 * number, recoveries, passkey challenges, event deliveries, payment authorisations) and for every kind: a batch is
 * bounded. Codes, signups and sessions are purged in their stores' contracts. What is still live, or ended after the
 * cutoff, always stays.
 *
 * <p>The event tests count exactly, in a shared store too: their events happen in 1990, when no other test's are due,
 * so a dispatch then hands out only theirs, and each leaves nothing pending behind.
 */
public abstract class EndedRecordsContract extends PersistenceContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LIFETIME = Duration.ofHours(72);
    private static final Instant LONG_AGO = Instant.parse("1990-01-01T00:00:00Z");

    private User.Active storedUser() {
        User.Active user = user(phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user;
    }

    /** A change of a new user requested at {@code at} (5 minutes to confirm), moved by {@code event} when there is one. */
    private PhoneChange storedChange(Instant at, PhoneChangeEvent... events) {
        PhoneChange.Pending pending = PhoneChange.request(new PhoneChangeFacts(challengeId(), storedUser().id(), phone(), at,
                at.plusSeconds(300)));
        runInTx(() -> ports.phoneChanges().add(pending));
        PhoneChange state = pending;
        for (PhoneChangeEvent event : events) {
            state = state.on(event).state();
        }
        PhoneChange last = state;
        if (events.length > 0) {
            runInTx(() -> ports.phoneChanges().update(last));
        }
        return last;
    }

    /** A recovery of a new user requested at {@code at} (72 hours to finish), moved by {@code events}. */
    private Recovery storedRecovery(Instant at, RecoveryEvent... events) {
        User.Active user = storedUser();
        Recovery.Requested requested = Recovery.request(new RecoveryFacts(RecoveryId.of(UUID.randomUUID()), user.id(),
                user.facts().phone(), phone(), at, at.plus(LIFETIME)));
        runInTx(() -> ports.recoveries().add(requested));
        Recovery state = requested;
        for (RecoveryEvent event : events) {
            state = state.on(event).state();
        }
        Recovery last = state;
        if (events.length > 0) {
            runInTx(() -> ports.recoveries().update(last));
        }
        return last;
    }

    private PasskeyChallenge storedPasskeyChallenge(Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        PasskeyChallenge challenge = new PasskeyChallenge(storedUser().id(), PasskeyPurpose.STEP_UP, Challenge.of(bytes), expiresAt);
        runInTx(() -> ports.passkeyChallenges().put(challenge));
        return challenge;
    }

    /** Whether the challenge is still held; take() spends it, so ask once, last. */
    private boolean passkeyChallengeHeld(PasskeyChallenge challenge) {
        return inTx(() -> ports.passkeyChallenges().take(challenge.user(), challenge.purpose())).isPresent();
    }

    /** An event of a user of its own (so no event waits behind another), published at {@code at}. */
    private EventEnvelope publishedEvent(Instant at) {
        EventEnvelope event = EventEnvelope.of(UUID.randomUUID(), new DomainEvent.UserBlocked(SampleValues.userId(), at));
        runInTx(() -> ports.events().publish(event));
        return event;
    }

    /** One dispatch at {@code now}: every due delivery is tried once; those of {@code failing} fail. */
    private void dispatch(Instant now, Set<UUID> failing) {
        ports.events().dispatch(d -> {
            if (failing.contains(d.event().id())) {
                throw new IllegalStateException("subscriber down");
            }
        }, 100, now);
    }

    private List<UUID> ids(List<QueuedEvent> deliveries) {
        return deliveries.stream().map(d -> d.event().id()).toList();
    }

    /** A payment authorisation of a new payer, created at {@code createdAt} (five minutes to live), in the state given. */
    private Authorization storedAuthorization(Instant createdAt, Function<AuthorizationFacts, Authorization> state) {
        UserId payer = storedUser().id();
        AccountId payee = SampleValues.accountId();
        AuthorizationFacts facts = new AuthorizationFacts(AuthorizationId.of(UUID.randomUUID()), payer, payee, "+49 *** ** 12",
                SampleValues.money(2_000), PaymentDigest.of(payer, payee, SampleValues.money(2_000), "key-1"), createdAt,
                createdAt.plus(Duration.ofMinutes(5)));
        Authorization authorization = state.apply(facts);
        runInTx(() -> ports.authorizations().add(authorization));
        return authorization;
    }

    @Test
    void deliveredEventsThatEndedBeforeTheCutoffGoAndPendingOrLaterOnesStay() {
        Instant t = LONG_AGO;
        publishedEvent(t);
        publishedEvent(t);
        dispatch(t.plusSeconds(1), Set.of());
        EventEnvelope later = publishedEvent(t.plusSeconds(10));
        EventEnvelope waiting = publishedEvent(t.plusSeconds(10));
        dispatch(t.plusSeconds(7_200), Set.of(waiting.id())); // later is delivered; waiting failed once and is due again
        Instant cutoff = t.plusSeconds(3_600);

        assertThat(purgeAllEnded(EndedKind.DELIVERED_EVENTS, cutoff)).as("the two delivered before the cutoff").isEqualTo(2);
        assertThat(purgeAllEnded(EndedKind.DEAD_EVENTS, cutoff)).isZero();
        assertThat(ids(ports.events().pending())).contains(waiting.id()).doesNotContain(later.id());
        assertThat(purgeAllEnded(EndedKind.DELIVERED_EVENTS, t.plusSeconds(7_201))).as("the one delivered after it had stayed")
                .isEqualTo(1);

        dispatch(t.plusSeconds(7_300), Set.of());
        assertThat(purgeAllEnded(EndedKind.DELIVERED_EVENTS, t.plusSeconds(7_301))).as("the pending one, once delivered")
                .isEqualTo(1);
        assertThat(ids(ports.events().pending())).doesNotContain(waiting.id());
    }

    @Test
    void deadEventsGoAfterTheCutoffOfTheirOwnKindAndARedeliveredOneStays() {
        Instant at = LONG_AGO.plus(Duration.ofDays(30));
        EventEnvelope dead = publishedEvent(at);
        EventEnvelope revived = publishedEvent(at);
        Set<UUID> both = Set.of(dead.id(), revived.id());
        for (int hour = 0; hour < 20 && !ids(ports.events().dead(10_000)).containsAll(both); hour++) {
            at = at.plusSeconds(3_600);
            dispatch(at, both);
        }
        Instant diedAt = at;
        assertThat(ids(ports.events().dead(10_000))).containsAll(both);
        assertThat(inTx(() -> ports.events().redeliver(revived.id(), diedAt.plusSeconds(1)))).isEqualTo(1);

        assertThat(purgeAllEnded(EndedKind.DEAD_EVENTS, diedAt)).as("died at the cutoff, not before").isZero();
        assertThat(purgeAllEnded(EndedKind.DELIVERED_EVENTS, diedAt.plusSeconds(60))).as("dead is not delivered").isZero();
        assertThat(purgeAllEnded(EndedKind.DEAD_EVENTS, diedAt.plusSeconds(60))).isEqualTo(1);
        assertThat(ids(ports.events().dead(10_000))).doesNotContain(dead.id(), revived.id());
        assertThat(ids(ports.events().pending())).as("redelivered: pending again").contains(revived.id());

        dispatch(diedAt.plusSeconds(120), Set.of());
        assertThat(purgeAllEnded(EndedKind.DELIVERED_EVENTS, diedAt.plusSeconds(121))).isEqualTo(1);
    }

    @Test
    void paymentAuthorisationsGoOnceTheirExpiryIsBeforeTheCutoffWhateverStateTheyWereLeftIn() {
        Instant cutoff = T0.plus(Duration.ofMinutes(30));
        Instant near = cutoff.minus(Duration.ofMinutes(2));
        List<Authorization> gone = List.of(
                storedAuthorization(T0, Authorization::create),                     // never confirmed, still stored PENDING
                storedAuthorization(T0, f -> new Authorization.Confirmed(f, AuthMethod.PIN, T0.plusSeconds(10))), // never used
                storedAuthorization(T0, f -> new Authorization.Used(f, AuthMethod.PASSKEY, T0.plusSeconds(20))),
                storedAuthorization(T0, f -> new Authorization.Failed(f, T0.plusSeconds(30))),
                storedAuthorization(T0, f -> new Authorization.Expired(f, f.expiresAt())));
        List<Authorization> kept = List.of(
                storedAuthorization(near, Authorization::create),                   // live at the cutoff
                storedAuthorization(near, f -> new Authorization.Confirmed(f, AuthMethod.SMS, near.plusSeconds(5))),
                // used before the cutoff, but its expiry is after it: at most five minutes longer
                storedAuthorization(near, f -> new Authorization.Used(f, AuthMethod.PIN, near.plusSeconds(10))));

        assertThat(purgeAllEnded(EndedKind.PAYMENT_AUTHORIZATIONS, cutoff)).isGreaterThanOrEqualTo(gone.size());

        gone.forEach(a -> assertThat(inTx(() -> ports.authorizations().lock(a.facts().id()))).as("purged %s", a.status()).isEmpty());
        kept.forEach(a -> assertThat(inTx(() -> ports.authorizations().lock(a.facts().id()))).as("kept %s", a.status())
                .contains(a));
    }

    @Test
    void changesOfNumberThatEndedBeforeTheCutoffGoAndTheRestStay() {
        Instant cutoff = T0.plusSeconds(600);
        List<PhoneChange> gone = List.of(
                storedChange(T0),                                                       // pending, expired at T0+5min
                storedChange(T0, new PhoneChangeEvent.Confirm(T0.plusSeconds(5))),
                storedChange(T0, new PhoneChangeEvent.Supersede(T0.plusSeconds(6))),
                storedChange(T0, new PhoneChangeEvent.Tick(T0.plusSeconds(400))));
        List<PhoneChange> kept = List.of(
                storedChange(T0.plusSeconds(500)),                                      // pending until T0+800s
                storedChange(T0.plusSeconds(500), new PhoneChangeEvent.Confirm(cutoff.plusSeconds(1))));

        assertThat(purgeAllEnded(EndedKind.PHONE_CHANGES, cutoff)).isGreaterThanOrEqualTo(gone.size());

        gone.forEach(c -> assertThat(inTx(() -> ports.phoneChanges().lock(c.facts().challenge()))).as("purged %s", c).isEmpty());
        kept.forEach(c -> assertThat(inTx(() -> ports.phoneChanges().lock(c.facts().challenge()))).as("kept %s", c)
                .hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(c.status())));
    }

    @Test
    void recoveriesThatEndedBeforeTheCutoffGoAndOpenOrLaterOnesStay() {
        Instant at = T0.plusSeconds(10);
        Instant cutoff = T0.plus(LIFETIME).plusSeconds(3600);
        List<Recovery> gone = List.of(
                storedRecovery(T0),                                                     // open, but past its expiry
                storedRecovery(T0, new RecoveryEvent.StartIdentityCheck("kyc_a", at), new RecoveryEvent.Decide(false, at)),
                storedRecovery(T0, new RecoveryEvent.StartIdentityCheck("kyc_b", at), new RecoveryEvent.Decide(true, at),
                        new RecoveryEvent.Complete(at)),
                storedRecovery(T0, new RecoveryEvent.Tick(T0.plus(LIFETIME))));
        Instant later = cutoff.minusSeconds(60);
        List<Recovery> kept = List.of(
                storedRecovery(later),
                storedRecovery(later, new RecoveryEvent.StartIdentityCheck("kyc_c", later), new RecoveryEvent.Decide(true, later)),
                storedRecovery(later, new RecoveryEvent.StartIdentityCheck("kyc_d", later), new RecoveryEvent.Decide(false,
                        cutoff.plusSeconds(1))));

        assertThat(purgeAllEnded(EndedKind.RECOVERIES, cutoff)).isGreaterThanOrEqualTo(gone.size());

        gone.forEach(r -> assertThat(inTx(() -> ports.recoveries().lock(r.facts().id()))).as("purged %s", r.status()).isEmpty());
        kept.forEach(r -> assertThat(inTx(() -> ports.recoveries().lock(r.facts().id()))).as("kept %s", r.status())
                .hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(r.status())));
    }

    @Test
    void passkeyChallengesPastTheirExpiryBeforeTheCutoffGoAndTheRestStay() {
        Instant cutoff = T0.plus(Duration.ofMinutes(10));
        PasskeyChallenge expired = storedPasskeyChallenge(T0.plus(Duration.ofMinutes(2)));
        PasskeyChallenge held = storedPasskeyChallenge(cutoff.plusSeconds(60));

        assertThat(purgeAllEnded(EndedKind.PASSKEY_CHALLENGES, cutoff)).isGreaterThanOrEqualTo(1);

        assertThat(passkeyChallengeHeld(expired)).isFalse();
        assertThat(passkeyChallengeHeld(held)).isTrue();
    }

    @Test
    void oneCallDeletesNoMoreThanItsLimit() {
        Instant cutoff = T0.plus(Duration.ofMinutes(10));
        List<PasskeyChallenge> expired = List.of(storedPasskeyChallenge(T0), storedPasskeyChallenge(T0),
                storedPasskeyChallenge(T0));

        assertThat(inTx(() -> ports.endedRecords().purge(EndedKind.PASSKEY_CHALLENGES, cutoff, 2))).isEqualTo(2);
        assertThat(purgeAllEnded(EndedKind.PASSKEY_CHALLENGES, cutoff)).isGreaterThanOrEqualTo(1);
        expired.forEach(c -> assertThat(passkeyChallengeHeld(c)).isFalse());
    }
}
