package io.finguard.domain.contract;

import io.finguard.domain.retention.EndedKind;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.device;
import static io.finguard.domain.fixtures.SampleValues.digest;
import static io.finguard.domain.fixtures.Samples.family;
import static io.finguard.domain.fixtures.Samples.revoked;
import static io.finguard.domain.fixtures.Samples.rotated;
import static io.finguard.domain.fixtures.Samples.steppedUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.session.SessionOrigin;
import java.util.Set;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.session.FamilyFacts;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link Sessions} store does: family round trips, lookup by any digest ever issued, devices, purge. */
public abstract class SessionsContract extends PersistenceContract {

    private Sessions sessions() {
        return ports.sessions();
    }

    private RefreshFamily.Active started(UserId user, Instant at) {
        RefreshFamily.Active family = family(user, digest(), at);
        runInTx(() -> sessions().add(family));
        return family;
    }

    @Test
    void aNewFamilyWithoutRotationComesBackWithAllItsFields() {
        RefreshFamily.Active family = started(SampleValues.userId(), T0);

        assertThat(family.previous()).isEmpty();
        assertThat(inTx(() -> sessions().lock(family.id()))).contains(family);
        assertThat(inTx(() -> sessions().lockByToken(family.current()))).contains(family);
    }

    @Test
    void aFamilyBoundToAKeyComesBackWithItsKeyThumbprint() {
        var key = SampleValues.keyThumbprint();
        FamilyFacts unbound = Samples.familyFacts(SampleValues.userId(), T0);
        FamilyFacts facts = new FamilyFacts(unbound.id(), unbound.userId(), unbound.device(), unbound.createdAt(),
                unbound.absoluteExpiresAt(), Optional.of(key));
        RefreshFamily.Active family = RefreshFamily.start(facts, digest(), io.finguard.domain.model.AssuranceLevel.AAL1,
                java.util.Set.of(io.finguard.domain.model.AuthMethod.SMS), T0);
        runInTx(() -> sessions().add(family));
        RefreshFamily.Active next = rotated(family, digest(), T0.plusSeconds(60));
        runInTx(() -> sessions().update(next));

        assertThat(inTx(() -> sessions().lockByToken(next.current()))).get()
                .extracting(f -> f.facts().key()).isEqualTo(Optional.of(key));
        assertThat(inTx(() -> sessions().lockActiveOf(facts.userId()))).singleElement()
                .extracting(f -> f.facts().key()).isEqualTo(Optional.of(key));
    }

    @Test
    void aRotatedFamilyComesBackWithPreviousDigestAndRotationInstant() {
        RefreshFamily.Active family = started(SampleValues.userId(), T0);
        RefreshFamily.Active next = rotated(family, digest(), T0.plusSeconds(300));

        runInTx(() -> sessions().update(next));

        assertThat(inTx(() -> sessions().lock(family.id()))).contains(rotated(versioned(family, 1), next.current(), T0.plusSeconds(300)));
    }

    @Test
    void aSteppedUpFamilyKeepsItsAssuranceMethodsAndAuthTime() {
        RefreshFamily.Active family = started(SampleValues.userId(), T0);
        RefreshFamily.Active raised = steppedUp(family, T0.plusSeconds(42));

        runInTx(() -> sessions().update(raised));

        assertThat(inTx(() -> sessions().lock(family.id()))).contains(steppedUp(versioned(family, 1), T0.plusSeconds(42)));
    }

    @ParameterizedTest
    @EnumSource(RevocationReason.class)
    void aRevokedFamilyComesBackWithReasonAndInstant(RevocationReason reason) {
        RefreshFamily.Active family = started(SampleValues.userId(), T0);

        runInTx(() -> sessions().update(revoked(family, reason, T0.plusSeconds(77))));

        assertThat(inTx(() -> sessions().lock(family.id()))).contains(revoked(versioned(family, 1), reason, T0.plusSeconds(77)));
    }

    @Test
    void everyDigestTheFamilyEverHadLeadsBackToIt() {
        RefreshFamily.Active first = started(SampleValues.userId(), T0);
        RefreshFamily.Active second = rotated(first, digest(), T0.plusSeconds(60));
        runInTx(() -> sessions().update(second));
        RefreshFamily.Active third = rotated(versioned(second, 1), digest(), T0.plusSeconds(120));
        runInTx(() -> sessions().update(third));

        for (TokenDigest digest : List.of(first.current(), second.current(), third.current())) {
            assertThat(inTx(() -> sessions().lockByToken(digest))).as("digest %s", digest).get()
                    .extracting(RefreshFamily::id).isEqualTo(first.id());
        }
        assertThat(inTx(() -> sessions().lockByToken(first.current()))).get().extracting(RefreshFamily::version).isEqualTo(2L);
        assertThat(inTx(() -> sessions().lockByToken(digest()))).isEmpty();
    }

    @Test
    void aRevokedFamilyIsStillFoundByItsOldDigestsSoReuseIsRecognised() {
        RefreshFamily.Active first = started(SampleValues.userId(), T0);
        RefreshFamily.Active second = rotated(first, digest(), T0.plusSeconds(60));
        runInTx(() -> sessions().update(second));
        runInTx(() -> sessions().update(revoked(versioned(second, 1), RevocationReason.TOKEN_REUSE, T0.plusSeconds(90))));

        assertThat(inTx(() -> sessions().lockByToken(first.current()))).get().isInstanceOf(RefreshFamily.Revoked.class);
        assertThat(inTx(() -> sessions().lockByToken(second.current()))).get().isInstanceOf(RefreshFamily.Revoked.class);
    }

    @Test
    void unknownFamiliesFindNothing() {
        assertThat(inTx(() -> sessions().lock(SampleValues.familyId()))).isEmpty();
        assertThat(inTx(() -> sessions().lockActiveOf(SampleValues.userId()))).isEmpty();
    }

    @Test
    void aDigestBelongsToOneFamilyOnly() {
        RefreshFamily.Active first = started(SampleValues.userId(), T0);

        assertThatThrownBy(() -> runInTx(() -> sessions().add(family(SampleValues.userId(), first.current(), T0))))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> sessions().lockByToken(first.current()))).contains(first);
    }

    @Test
    void lockActiveOfReturnsTheUsersLiveFamiliesOnly() {
        UserId user = SampleValues.userId();
        RefreshFamily.Active phone = started(user, T0);
        RefreshFamily.Active tablet = started(user, T0.plusSeconds(10));
        RefreshFamily.Active ended = started(user, T0.plusSeconds(20));
        started(SampleValues.userId(), T0);
        runInTx(() -> sessions().update(revoked(ended, RevocationReason.LOGOUT, T0.plusSeconds(30))));

        assertThat(inTx(() -> sessions().lockActiveOf(user))).containsExactlyInAnyOrder(phone, tablet);
    }

    @Test
    void activeOfReadsTheUsersActiveFamiliesOldestFirstWithTheirOrigin() {
        UserId user = SampleValues.userId();
        RefreshFamily.Active tablet = started(user, T0.plusSeconds(10));
        RefreshFamily.Active phone = started(user, T0);
        RefreshFamily.Active ended = started(user, T0.plusSeconds(20));
        started(SampleValues.userId(), T0);
        runInTx(() -> sessions().update(revoked(ended, RevocationReason.SESSION_LIMIT, T0.plusSeconds(30))));

        List<RefreshFamily.Active> active = inTx(() -> sessions().activeOf(user));

        assertThat(active).containsExactly(phone, tablet);
        assertThat(active.getFirst().facts().origin().name()).contains(new SessionName("Anna's phone"));
        assertThat(active.getFirst().facts().origin().network()).contains(ClientNetwork.parse("203.0.113.0/24"));
    }

    @Test
    void aFamilyWithoutANameOrNetworkComesBackWithoutAndAnIpv6NetworkComesBackWhole() {
        UserId user = SampleValues.userId();
        FamilyFacts facts = Samples.familyFacts(user, T0);
        RefreshFamily.Active bare = RefreshFamily.start(new FamilyFacts(facts.id(), user, facts.device(), T0,
                facts.absoluteExpiresAt(), Optional.empty(), SessionOrigin.NONE), digest(), AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), T0);
        SessionOrigin v6 = SessionOrigin.of(Optional.empty(), new ClientAddress("2001:db8:aa:bb::1"));
        RefreshFamily.Active far = RefreshFamily.start(new FamilyFacts(SampleValues.familyId(), user, Optional.empty(), T0,
                facts.absoluteExpiresAt(), Optional.empty(), v6), digest(), AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), T0);

        runInTx(() -> {
            sessions().add(bare);
            sessions().add(far);
        });

        assertThat(inTx(() -> sessions().lock(bare.id()))).contains(bare);
        assertThat(inTx(() -> sessions().lock(far.id()))).contains(far);
        assertThat(far.facts().origin().network().orElseThrow().cidr()).isEqualTo("2001:db8:aa:0:0:0:0:0/48");
    }

    @Test
    void aDeviceIsKnownOnlyForTheUserWhoHadASessionOnIt() {
        UserId user = SampleValues.userId();
        RefreshFamily.Active family = family(user, digest(), T0);
        DeviceId device = family.facts().device().orElseThrow();
        runInTx(() -> sessions().add(family));

        assertThat(inTx(() -> sessions().knownDevice(user, device))).isTrue();
        assertThat(inTx(() -> sessions().knownDevice(user, device()))).isFalse();
        assertThat(inTx(() -> sessions().knownDevice(SampleValues.userId(), device))).isFalse();
    }

    @Test
    void aFamilyWithoutADeviceComesBackWithoutOneAndMakesNoDeviceKnown() {
        UserId user = SampleValues.userId();
        RefreshFamily.Active named = family(user, digest(), T0);
        RefreshFamily.Active unnamed = withoutDevice(family(user, digest(), T0.plusSeconds(5)));
        runInTx(() -> {
            sessions().add(named);
            sessions().add(unnamed);
        });
        runInTx(() -> sessions().update(revoked(unnamed, RevocationReason.REPLACED, T0.plusSeconds(9))));

        assertThat(inTx(() -> sessions().lock(named.id()))).get().extracting(f -> f.facts().device()).isEqualTo(named.facts().device());
        assertThat(inTx(() -> sessions().lock(unnamed.id()))).get().extracting(f -> f.facts().device()).isEqualTo(Optional.empty());
        assertThat(inTx(() -> sessions().knownDevice(user, named.facts().device().orElseThrow()))).isTrue();
        assertThat(inTx(() -> sessions().knownDevice(user, new DeviceId("unknown")))).isFalse();
    }

    @Test
    void anUpdateWithAStaleVersionOrOfAnUnknownFamilyIsRefused() {
        RefreshFamily.Active family = started(SampleValues.userId(), T0);
        RefreshFamily.Active winner = rotated(family, digest(), T0.plusSeconds(5));
        runInTx(() -> sessions().update(winner));

        assertThatThrownBy(() -> runInTx(() -> sessions().update(rotated(family, digest(), T0.plusSeconds(6)))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> runInTx(() -> sessions().update(family(SampleValues.userId(), digest(), T0))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> sessions().lock(family.id()))).get()
                .isEqualTo(rotated(versioned(family, 1), winner.current(), T0.plusSeconds(5)));
    }

    @Test
    void purgeDeletesFamiliesRevokedOrPastTheirLifetimeBeforeTheCutoffAndKeepsTheRest() {
        Instant cutoff = T0.plus(Samples.SESSION_LIFETIME).plusSeconds(60);
        RefreshFamily.Active lapsed = started(SampleValues.userId(), T0);
        RefreshFamily.Active revokedEarly = started(SampleValues.userId(), T0);
        RefreshFamily.Active live = started(SampleValues.userId(), cutoff.minusSeconds(3600));
        RefreshFamily.Active revokedLate = started(SampleValues.userId(), cutoff.minusSeconds(3600));
        runInTx(() -> {
            sessions().update(revoked(revokedEarly, RevocationReason.LOGOUT, T0.plusSeconds(10)));
            sessions().update(revoked(revokedLate, RevocationReason.LOGOUT, cutoff.plusSeconds(1)));
        });

        int purged = purgeAllEnded(EndedKind.SESSIONS, cutoff);

        assertThat(purged).isGreaterThanOrEqualTo(2);
        for (RefreshFamily.Active gone : List.of(lapsed, revokedEarly)) {
            assertThat(inTx(() -> sessions().lock(gone.id()))).isEmpty();
            assertThat(inTx(() -> sessions().lockByToken(gone.current()))).isEmpty();
        }
        assertThat(inTx(() -> sessions().lock(live.id()))).contains(live);
        assertThat(inTx(() -> sessions().lock(revokedLate.id()))).get().isInstanceOf(RefreshFamily.Revoked.class);
    }

    private static RefreshFamily.Active withoutDevice(RefreshFamily.Active f) {
        FamilyFacts facts = new FamilyFacts(f.facts().id(), f.facts().userId(), Optional.empty(), f.facts().createdAt(),
                f.facts().absoluteExpiresAt());
        return new RefreshFamily.Active(facts, f.version(), f.current(), f.previous(), f.rotatedAt(), f.lastUsedAt(), f.acr(),
                f.amr(), f.authTime());
    }

    private static RefreshFamily.Active versioned(RefreshFamily.Active f, long version) {
        return new RefreshFamily.Active(f.facts(), version, f.current(), f.previous(), f.rotatedAt(), f.lastUsedAt(), f.acr(),
                f.amr(), f.authTime());
    }
}
