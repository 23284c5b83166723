package io.finguard.application;

import static io.finguard.application.Harness.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.in.EndUserSessions;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.token.AccessClaims;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each change publishes its domain event in its own transaction, in order, with no phone number or secret in it. */
class DomainEventsJourneyTest {
    private static final String ADA = "+4915112345678";
    private static final String BOB = "+4915187654321";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    private final Harness h = new Harness();

    private AccessClaims steppedUp(AccessClaims claims) {
        StepUp.Result result = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(claims.subject(), claims.session()),
                AuthMethod.PIN, Harness.PIN, CLIENT));
        return h.claims(((StepUp.Result.SteppedUp) result).login().tokens());
    }

    private List<EventEnvelope> of(UserId user) {
        return h.db.events().published().stream().filter(e -> e.user().equals(user)).toList();
    }

    @Test
    void aUsersLifeFromSignupToBlockIsToldInOrder() {
        AccessClaims ada = h.claims(h.signUp(ADA, "ada-phone").tokens());
        h.signUp(BOB, "bob-phone");
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(ada.subject(), new KycDocuments("passport", "X1234567")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        h.app.fundAccount().fund(new FundAccount.Command(ada.subject(), eur(10_000)));
        AccessClaims strong = steppedUp(h.claims(h.logInSteppingUp(ADA, Optional.empty()).tokens()));
        assertThat(h.payAuthorised(strong, "k-1", BOB, eur(2_500)))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(h.app.changeCredentials().change(new ChangeCredentials.Command(strong, Optional.empty(), Optional.of("284619"), CLIENT)))
                .isInstanceOf(ChangeCredentials.Result.Changed.class);
        h.app.blockUser().change(new BlockUser.Command(ada.subject(), true, "fraud review for +4915112345678"));
        h.app.blockUser().change(new BlockUser.Command(ada.subject(), false, "cleared"));

        List<EventEnvelope> events = of(ada.subject());
        assertThat(events).extracting(EventEnvelope::type).filteredOn(t -> !t.equals("session.revoked")).containsExactly(
                "user.created", "kyc.submitted", "kyc.decided", "account.upgraded", "transfer.completed", "credentials.changed",
                "user.blocked", "user.unblocked");
        assertThat(events).filteredOn(e -> e.type().equals("session.revoked")).extracting(e -> e.data().get("reason"))
                .contains("CREDENTIALS_CHANGED");
        assertThat(events).filteredOn(e -> e.type().equals("account.upgraded")).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("tier", "FULL"));
        assertThat(events).filteredOn(e -> e.type().equals("transfer.completed")).singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("amountMinor", "2500").containsEntry("currency", "EUR"));
        assertThat(events).extracting(EventEnvelope::id).doesNotHaveDuplicates();
        assertThat(h.db.events().published()).allSatisfy(e -> assertThat(e.data().values())
                .noneMatch(v -> v.contains("4915112345678") || v.contains("4915187654321") || v.contains("284619") || v.contains(Harness.PIN)));
    }

    @Test
    void aRefusedChangePublishesNothing() {
        AccessClaims ada = h.claims(h.signUp(ADA, "ada-phone").tokens());
        int before = of(ada.subject()).size();
        h.app.blockUser().change(new BlockUser.Command(ada.subject(), false, "not blocked"));
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(ada, "k-1", BOB, eur(1))))
                .isNotInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(of(ada.subject())).hasSize(before);
    }

    @Test
    void everyWayASessionEndsTellsSubscribersWhy() {
        AccessClaims first = h.claims(h.signUp(ADA, "ada-phone").tokens());
        AccessClaims second = h.claims(h.logInSteppingUp(ADA, Optional.empty()).tokens());
        AccessClaims third = h.claims(h.logInSteppingUp(ADA, Optional.empty()).tokens());
        h.app.endSession().end(new EndSession.Command(first.subject(), first.session(), second.session()));
        h.app.endUserSessions().end(new EndUserSessions.Command(first.subject(), Optional.of(third.session()), "lost phone"));

        assertThat(of(first.subject())).filteredOn(e -> e.type().equals("session.revoked"))
                .extracting(e -> e.data().get("session") + " " + e.data().get("reason"))
                .contains(second.session() + " LOGOUT", third.session() + " OPERATOR");
    }
}
