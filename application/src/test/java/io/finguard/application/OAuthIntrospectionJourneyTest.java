package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.RevokeToken;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Introspection sees an ended session at once; revocation of either token ends the session through the revoker. */
class OAuthIntrospectionJourneyTest {
    private static final String PHONE = "+4915112345678";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");
    private final Harness h = new Harness();

    private IntrospectToken.Result introspect(SessionTokens tokens) {
        return h.app.introspectToken().introspect(tokens.access().value());
    }

    private RefreshSession.Result refresh(SessionTokens tokens) {
        return h.app.refreshSession().refresh(new RefreshSession.Command(tokens.refresh().value()));
    }

    @Test
    void aLiveSessionsAccessTokenIsActiveWithItsClaims() {
        SessionTokens tokens = h.signUp(PHONE, "phone-1").tokens();
        assertThat(introspect(tokens)).isEqualTo(new IntrospectToken.Result.Active(h.claims(tokens)));
    }

    @Test
    void forgedExpiredAndUnknownTokensAreInactive() {
        SessionTokens tokens = h.signUp(PHONE, "phone-1").tokens();
        assertThat(h.app.introspectToken().introspect("not-a-token")).isEqualTo(new IntrospectToken.Result.Inactive());
        assertThat(h.app.introspectToken().introspect(tokens.refresh().value())).as("a refresh token is no access token")
                .isEqualTo(new IntrospectToken.Result.Inactive());
        h.clock.advance(Duration.ofHours(1));
        assertThat(introspect(tokens)).isEqualTo(new IntrospectToken.Result.Inactive());
    }

    @Test
    void logoutMakesTheStillUnexpiredAccessTokenInactiveAtOnce() {
        SessionTokens tokens = h.signUp(PHONE, "phone-1").tokens();
        AccessClaims claims = h.claims(tokens);
        h.app.logout().logout(new Logout.Command(claims.subject(), claims.session(), false));
        assertThat(introspect(tokens)).isEqualTo(new IntrospectToken.Result.Inactive());
    }

    @Test
    void blockingTheUserMakesEveryTokenInactiveAtOnce() {
        SessionTokens tokens = h.signUp(PHONE, "phone-1").tokens();
        h.app.blockUser().change(new BlockUser.Command(h.claims(tokens).subject(), true, "fraud report"));
        assertThat(introspect(tokens)).isEqualTo(new IntrospectToken.Result.Inactive());
    }

    @Test
    void aChangeOfNumberMakesTheOtherSessionsTokensInactiveAtOnce() {
        AccessClaims limited = h.claims(h.signUp(PHONE, "phone-1").tokens());
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        SessionTokens tablet = h.logInSteppingUp(PHONE, Optional.empty()).tokens();
        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(limited.subject(),
                limited.session()), AuthMethod.PASSWORD, Harness.PASSWORD, CLIENT));
        AccessClaims phone = h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
        assertThat(introspect(tablet)).isInstanceOf(IntrospectToken.Result.Active.class);

        h.clock.advance(Duration.ofSeconds(31));
        var sent = (RequestPhoneChange.Result.Sent) h.app.requestPhoneChange().request(new RequestPhoneChange.Command(phone,
                "+4915111110000", Optional.empty(), CLIENT));
        h.db.outbox().dispatch(new SealedCodeCourier(h.sealer, h.sms), 10, h.clock.instant());
        assertThat(h.app.confirmPhoneChange().confirm(new ConfirmPhoneChange.Command(phone, sent.challenge().toString(),
                h.lastCode("+4915111110000").digits(), CLIENT))).isInstanceOf(ConfirmPhoneChange.Result.Changed.class);

        assertThat(introspect(tablet)).isEqualTo(new IntrospectToken.Result.Inactive());
    }

    @Test
    void revokingTheAccessTokenEndsItsSessionAndOnlyThatOne() {
        SessionTokens one = h.signUp(PHONE, "phone-1").tokens();
        SessionTokens two = h.logInSteppingUp(PHONE, Optional.empty()).tokens();
        assertThat(h.app.revokeToken().revoke(one.access().value())).isEqualTo(new RevokeToken.Result.Revoked());
        assertThat(introspect(one)).isEqualTo(new IntrospectToken.Result.Inactive());
        assertThat(refresh(one)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(introspect(two)).isInstanceOf(IntrospectToken.Result.Active.class);
    }

    @Test
    void revokingTheRefreshTokenEndsTheFamilyAndItsAccessTokens() {
        SessionTokens tokens = h.signUp(PHONE, "phone-1").tokens();
        assertThat(h.app.revokeToken().revoke(tokens.refresh().value())).isEqualTo(new RevokeToken.Result.Revoked());
        assertThat(refresh(tokens)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(introspect(tokens)).isEqualTo(new IntrospectToken.Result.Inactive());
        assertThat(h.app.revokeToken().revoke(tokens.refresh().value())).as("a second revocation finds nothing live")
                .isEqualTo(new RevokeToken.Result.NothingToRevoke());
    }

    @Test
    void revokingSomethingUnknownIsNotAnError() {
        assertThat(h.app.revokeToken().revoke("not-a-token")).isEqualTo(new RevokeToken.Result.NothingToRevoke());
    }
}
