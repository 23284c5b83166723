package io.finguard.adapters.persistence;

import static io.finguard.adapters.persistence.jooq.Tables.USERS;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.challengeId;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeFacts;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryFacts;
import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeKind;
import io.finguard.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * No phone number at rest in clear (security.md, threat model; docs/adr/0023): after the writes of a realistic day, no
 * column of any table holds the numbers or their digits, and yet every number reads back and every row is found by it.
 */
class PhonesAtRestTest {
    private final PostgresPorts ports = PostgresPorts.shared();
    private final DSLContext sql = TestDatabase.shared().sql();

    private void inTx(Runnable work) {
        ports.transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void noColumnOfAnyTableHoldsAStoredNumberOrItsDigitsAndEveryNumberStillReadsBackAndFindsItsRow() {
        PhoneNumber holder = phone();
        PhoneNumber signup = phone();
        PhoneNumber entering = phone();
        PhoneNumber texted = phone();
        PhoneNumber noticed = phone();
        PhoneNumber changingTo = phone();
        PhoneNumber recoveringTo = phone();
        User.Active user = Samples.user(holder, T0);
        PhoneChange.Pending change = PhoneChange.request(new PhoneChangeFacts(challengeId(), user.id(), changingTo, T0, T0.plusSeconds(300)));
        Recovery.Requested recovery = Recovery.request(new RecoveryFacts(RecoveryId.of(UUID.randomUUID()), user.id(), holder,
                recoveringTo, T0, T0.plus(Duration.ofHours(72))));
        Notice notice = new Notice(UUID.randomUUID(), noticed, NoticeKind.PHONE_NUMBER_CHANGED, T0, T0.plusSeconds(3600));
        inTx(() -> {
            ports.users().add(user);
            ports.preUsers().add(Samples.created(signup, T0));
            ports.otpChallenges().add(Samples.pendingChallenge(entering, T0));
            ports.outbox().enqueue(Samples.outboxMessage(texted, T0));
            ports.notices().enqueue(notice);
            ports.phoneChanges().add(change);
            ports.recoveries().add(recovery);
        });

        List<ClearText.Value> stored = ClearText.everyStoredValue(sql);

        assertThat(stored).as("the scan reads the sealed numbers").extracting(ClearText.Value::place)
                .contains("users.phone_sealed", "pre_users.phone_sealed", "otp_challenges.phone_sealed", "outbox.phone_sealed",
                        "phone_changes.new_phone_sealed", "recoveries.old_phone_sealed", "recoveries.new_phone_sealed",
                        "phone_claims.phone_index");
        for (PhoneNumber number : List.of(holder, signup, entering, texted, noticed, changingTo, recoveringTo)) {
            String digits = number.digits();
            ClearText.assertNoneHolds(stored, digits);
            ClearText.assertNoneHolds(stored, digits.substring(digits.length() - 9));
        }
        inTx(() -> {
            assertThat(ports.users().findByPhone(holder)).contains(user);
            assertThat(ports.preUsers().lockLiveByPhone(signup)).get().extracting(p -> p.facts().phone()).isEqualTo(signup);
            assertThat(ports.otpChallenges().lockPending(entering, OtpPurpose.PHONE_ENTRY)).get()
                    .extracting(c -> c.facts().phone()).isEqualTo(entering);
            assertThat(ports.outbox().pending()).anyMatch(m -> m.to().equals(texted));
            assertThat(ports.notices().pending()).contains(notice);
            assertThat(ports.phoneChanges().lock(change.facts().challenge())).contains(change);
            assertThat(ports.recoveries().lockNewestFor(recoveringTo)).contains(recovery);
        });
    }

    @Test
    void aSealedNumberCopiedIntoTheRowOfAnotherNumberDoesNotOpenThere() {
        User.Active mallory = Samples.user(phone(), T0);
        User.Active victim = Samples.user(phone(), T0);
        inTx(() -> {
            ports.users().add(mallory);
            ports.users().add(victim);
        });

        // Someone with write access to the database gives Mallory's row the victim's sealed number (and key id).
        sql.update(USERS)
                .set(USERS.PHONE_SEALED, sql.select(USERS.PHONE_SEALED).from(USERS).where(USERS.ID.eq(victim.id().value())).asField())
                .where(USERS.ID.eq(mallory.id().value()))
                .execute();

        assertThatIllegalStateException().isThrownBy(() -> inTx(() -> ports.users().find(mallory.id())))
                .withMessageContaining("does not open")
                .withMessageNotContaining(victim.facts().phone().digits())
                .withMessageNotContaining(mallory.facts().phone().digits());
        inTx(() -> assertThat(ports.users().find(victim.id())).contains(victim));
    }
}
