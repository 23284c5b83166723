package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.application.session.LiveSession;
import io.finguard.application.session.SessionIssuer;
import io.finguard.application.session.SessionRevoker;
import io.finguard.application.session.StepUpCompletion;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.policy.StepUpPolicy;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.token.AccessClaims;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tail every step-up shares once its factor is proven: replace or start the session at AAL2, amr sms + factor, audit. */
class StepUpCompletionTest {
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    private final Harness h = new Harness();
    private final Auditor auditor = new Auditor(h.db.auditLog(), h.db.events(), UUID::randomUUID, h.clock);
    private final SessionRevoker revoker = new SessionRevoker(h.db.sessions(), h.revoked, auditor, h.clock);
    private final StepUpCompletion completion = new StepUpCompletion(new LiveSession(h.db.users(), h.db.sessions(), h.db.sessionSnapshots()),
            h.db.accounts(), revoker, new SessionIssuer(h.db.sessions(), h.db.users(), h.tokens, h.refreshTokens,
            UUID::randomUUID, h.clock, h.settings.sessions(), h.sessionLimit, auditor, h.db.userActivity(), revoker),
            new LoginPolicy(h.settings.tiers(), StepUpPolicy.defaults()), auditor, h.clock, h.db.knownKeys());

    private StepUpCompletion.Outcome complete(StepUp.Subject subject, AuthMethod factor) {
        return h.db.transactions().inTransaction(() -> completion.complete(h.db.users().lock(subject.user()).orElseThrow(),
                new StepUpCompletion.Proof(subject, factor, CLIENT, Optional.empty(), Map.of("passkey", "pk-1"))));
    }

    @Test
    void aLiveSessionIsReplacedByAnAal2OneOnTheSameDeviceWithTheFactorInAmrAndTheSuccessAudited() {
        AccessClaims first = h.claims(h.signUp("+4915112345678", "phone-1").tokens());

        StepUpCompletion.Outcome outcome = complete(new StepUp.Subject.ViaSession(first.subject(), first.session()),
                AuthMethod.PASSKEY);

        assertThat(outcome).isInstanceOf(StepUpCompletion.Outcome.SteppedUp.class);
        AccessClaims raised = h.claims(((StepUpCompletion.Outcome.SteppedUp) outcome).login().tokens());
        assertThat(raised.acr()).isEqualTo(AssuranceLevel.AAL2);
        assertThat(raised.amr()).isEqualTo(Set.of(AuthMethod.SMS, AuthMethod.PASSKEY));
        assertThat(raised.session()).isNotEqualTo(first.session());
        h.db.transactions().inTransaction(() -> {
            assertThat(h.db.sessions().lock(first.session())).get().isInstanceOf(RefreshFamily.Revoked.class);
            assertThat(h.db.sessions().lock(raised.session())).get()
                    .satisfies(family -> assertThat(family.facts().device()).contains(new DeviceId("phone-1")));
            return null;
        });
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(first.subject().toString(), 50)))
                .filteredOn(event -> event.type() == AuditType.STEP_UP_SUCCEEDED)
                .extracting(AuditEvent::details)
                .containsExactly(Map.of("method", "PASSKEY", "passkey", "pk-1"));
    }

    @Test
    void aTicketStartsASessionOnTheTicketsDevice() {
        AccessClaims first = h.claims(h.signUp("+4915112345678", "phone-1").tokens());

        StepUpCompletion.Outcome outcome = complete(new StepUp.Subject.ViaTicket(first.subject(),
                Optional.of(new DeviceId("tablet-2"))), AuthMethod.PIN);

        AccessClaims started = h.claims(((StepUpCompletion.Outcome.SteppedUp) outcome).login().tokens());
        assertThat(started.amr()).isEqualTo(Set.of(AuthMethod.SMS, AuthMethod.PIN));
        h.db.transactions().inTransaction(() -> {
            assertThat(h.db.sessions().lock(first.session())).get().isInstanceOf(RefreshFamily.Active.class);
            assertThat(h.db.sessions().lock(started.session())).get()
                    .satisfies(family -> assertThat(family.facts().device()).contains(new DeviceId("tablet-2")));
            return null;
        });
    }

    @Test
    void aSessionThatIsNoLongerLiveIsDeniedAndNothingIsIssued() {
        AccessClaims first = h.claims(h.signUp("+4915112345678", "phone-1").tokens());
        StepUp.Subject viaFirst = new StepUp.Subject.ViaSession(first.subject(), first.session());
        complete(viaFirst, AuthMethod.PIN);

        assertThat(complete(viaFirst, AuthMethod.PIN)).isEqualTo(new StepUpCompletion.Outcome.Denied(StepUp.Denial.SESSION_REVOKED));
    }
}
