package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rotation on every refresh, the grace window for concurrent retries, theft detection, expiry and logout. */
class RefreshJourneyTest {
    private static final String PHONE = "+4915112345678";
    private final Harness h = new Harness();

    private RefreshSession.Result refresh(String token) {
        return h.app.refreshSession().refresh(new RefreshSession.Command(token));
    }

    private static String next(RefreshSession.Result result) {
        assertThat(result).isInstanceOf(RefreshSession.Result.Refreshed.class);
        return ((RefreshSession.Result.Refreshed) result).tokens().refresh().value();
    }

    @Test
    void everyRefreshRotatesAndARetryInsideTheGraceWindowGetsTheSameSuccessor() {
        String r0 = h.signUp(PHONE, "phone-1").tokens().refresh().value();
        String r1 = next(refresh(r0));
        assertThat(r1).isNotEqualTo(r0);
        h.clock.advance(Duration.ofSeconds(9));
        assertThat(next(refresh(r0))).as("concurrent retry inside the window").isEqualTo(r1);
        String r2 = next(refresh(r1));
        assertThat(r2).isNotEqualTo(r1).isNotEqualTo(r0);
    }

    @Test
    void reuseOutsideTheGraceWindowRevokesTheWholeFamilyAndIsAudited() {
        LoginResult.Authenticated login = h.signUp(PHONE, "phone-1");
        String r0 = login.tokens().refresh().value();
        String r1 = next(refresh(r0));
        h.clock.advance(Duration.ofSeconds(10));
        assertThat(refresh(r0)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.TOKEN_REUSED));
        assertThat(refresh(r1)).as("the thief's reuse ends the victim's session too")
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        AccessClaims claims = h.claims(login.tokens());
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(claims.subject().toString(), 50)))
                .extracting(AuditEvent::type).contains(AuditType.TOKEN_REUSE_DETECTED);
    }

    @Test
    void anUnknownTokenIsRefusedWithoutTouchingAnyFamily() {
        String r0 = h.signUp(PHONE, "phone-1").tokens().refresh().value();
        assertThat(refresh("not-a-token")).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.TOKEN_UNKNOWN));
        assertThat(refresh(r0)).isInstanceOf(RefreshSession.Result.Refreshed.class);
    }

    @Test
    void aFamilyIdleForFourteenDaysExpiresAndOneOlderThanThirtyDaysEndsEvenIfUsed() {
        String idle = h.signUp(PHONE, "phone-1").tokens().refresh().value();
        h.clock.advance(Duration.ofDays(14));
        assertThat(refresh(idle)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_EXPIRED));

        String busy = (h.logInSteppingUp(PHONE, java.util.Optional.empty())).tokens().refresh().value();
        for (int day = 0; day < 29; day++) {
            h.clock.advance(Duration.ofDays(1));
            busy = next(refresh(busy));
        }
        h.clock.advance(Duration.ofDays(1));
        assertThat(refresh(busy)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_EXPIRED));
    }

    @Test
    void logoutEndsThisSessionAndLogoutEverywhereEndsAll() {
        SessionTokens one = h.signUp(PHONE, "phone-1").tokens();
        SessionTokens two = (h.logInSteppingUp(PHONE, java.util.Optional.empty())).tokens();
        SessionTokens three = (h.logInSteppingUp(PHONE, java.util.Optional.empty())).tokens();
        AccessClaims first = h.claims(one);
        assertThat(h.app.logout().logout(new Logout.Command(first.subject(), first.session(), false)))
                .isEqualTo(new Logout.Result.LoggedOut(1));
        assertThat(refresh(one.refresh().value())).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(next(refresh(two.refresh().value()))).isNotBlank();

        AccessClaims third = h.claims(three);
        assertThat(h.app.logout().logout(new Logout.Command(third.subject(), third.session(), true)))
                .isEqualTo(new Logout.Result.LoggedOut(2));
        assertThat(refresh(three.refresh().value())).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
    }
}
