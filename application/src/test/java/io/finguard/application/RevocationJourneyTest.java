package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every way a session ends makes its access tokens fail at once, on every route (the edge authenticates each one), not
 * when they expire; and while the revocation channel is down, authentication asks the database (fail closed).
 */
class RevocationJourneyTest {
    private static final String PHONE = "+4915112345678";
    private final Harness h = new Harness();

    private TokenCheck<AccessClaims> check(SessionTokens tokens) {
        return h.app.authenticate().accessToken(tokens.access().value());
    }

    private static TokenCheck<AccessClaims> revoked() {
        return new TokenCheck.Invalid<>(TokenRefusal.SESSION_REVOKED);
    }

    @Test
    void aLoggedOutSessionsAccessTokenIsRefusedAtOnceWhileAnotherSessionOfTheUserStillWorks() {
        SessionTokens one = h.signUp(PHONE, "phone-1").tokens();
        SessionTokens two = h.logInSteppingUp(PHONE, Optional.empty()).tokens();
        AccessClaims first = h.claims(one);

        h.app.logout().logout(new Logout.Command(first.subject(), first.session(), false));

        assertThat(check(one)).isEqualTo(revoked());
        assertThat(check(two)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void aTokenAlreadyVerifiedAndCachedIsRefusedAtOnceWhenItsSessionEnds() {
        SessionTokens one = h.signUp(PHONE, "phone-1").tokens();
        AccessClaims claims = h.claims(one);
        assertThat(check(one)).as("verified once, now cached").isInstanceOf(TokenCheck.Valid.class);
        assertThat(check(one)).isInstanceOf(TokenCheck.Valid.class);

        h.app.logout().logout(new Logout.Command(claims.subject(), claims.session(), false));

        assertThat(check(one)).isEqualTo(revoked());
        assertThat(check(one)).as("and stays refused").isEqualTo(revoked());
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpires() {
        SessionTokens one = h.signUp(PHONE, "phone-1").tokens();
        AccessClaims claims = h.claims(one);
        assertThat(check(one)).isInstanceOf(TokenCheck.Valid.class);

        h.clock.set(claims.expiresAt());

        assertThat(check(one)).isEqualTo(new TokenCheck.Invalid<AccessClaims>(TokenRefusal.EXPIRED));
    }

    @Test
    void blockingAUserEndsEveryAccessTokenOfTheirs() {
        SessionTokens one = h.signUp(PHONE, "phone-1").tokens();
        AccessClaims claims = h.claims(one);

        assertThat(h.app.blockUser().change(new BlockUser.Command(claims.subject(), true, "fraud report")))
                .isInstanceOf(BlockUser.Result.Changed.class);

        assertThat(check(one)).isEqualTo(revoked());
    }

    @Test
    void aReusedRefreshTokenEndsTheFamilysAccessTokensToo() {
        SessionTokens victim = h.signUp(PHONE, "phone-1").tokens();
        h.app.refreshSession().refresh(new RefreshSession.Command(victim.refresh().value()));
        h.clock.advance(Duration.ofSeconds(11));

        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(victim.refresh().value())))
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.TOKEN_REUSED));

        assertThat(check(victim)).isEqualTo(revoked());
    }

    @Test
    void whileTheChannelIsDownEveryTokenIsCheckedAgainstTheDatabaseSoAnEndNobodyHeardStillCounts() {
        SessionTokens ended = h.signUp(PHONE, "phone-1").tokens();
        SessionTokens live = h.logInSteppingUp(PHONE, Optional.empty()).tokens();
        AccessClaims claims = h.claims(ended);

        assertThat(check(ended)).as("cached before the channel is lost").isInstanceOf(TokenCheck.Valid.class);
        h.revoked.loseChannel();
        h.app.logout().logout(new Logout.Command(claims.subject(), claims.session(), false));

        assertThat(check(ended)).as("the announcement was lost; the database knows").isEqualTo(revoked());
        assertThat(check(live)).isInstanceOf(TokenCheck.Valid.class);
    }
}
