package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.crypto.token.TokenConfig;
import io.finguard.domain.fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lifetimes over HTTP without waiting them out: a service of its own runs on a clock the test moves (the composition
 * root takes its clock), so a code past its five minutes and an access token past its ten are refused at once.
 */
class ExpiryE2eTest {
    /** The serve defaults: FINGUARD_OTP_TTL_SECONDS and FINGUARD_ACCESS_TOKEN_TTL_SECONDS are not set. */
    private static final Duration CODE_LIFETIME = Duration.ofSeconds(300);
    private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(600);
    private static final MutableClock CLOCK = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static E2eStack stack;

    @BeforeAll
    static void aServiceOnAClockOfItsOwn() {
        stack = E2eStack.onClock(CLOCK);
    }

    @AfterAll
    static void stopIt() {
        stack.close();
    }

    @Test
    void aCodeIsRefusedAsExpiredOnceItsLifetimeHasPassed() {
        Onboarding onboarding = stack.onboarding();
        Challenge challenge = onboarding.requestCode(Phones.fresh());

        CLOCK.advance(CODE_LIFETIME);

        assertProblem(onboarding.verify(challenge, Onboarding.newDevice()), 410, "otp_expired");
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndTheRefreshTokenStillRenewsTheSession() {
        Onboarding onboarding = stack.onboarding();
        Member member = onboarding.signUp();
        assertThat(onboarding.api().get("/v1/me", "Authorization", bearer(member.accessToken())).status()).isEqualTo(200);

        // Verification allows the issuer's clock-skew leeway past the expiry instant.
        CLOCK.advance(ACCESS_TOKEN_LIFETIME.plus(TokenConfig.DEFAULT_LEEWAY).plusSeconds(1));

        assertProblem(onboarding.api().get("/v1/me", "Authorization", bearer(member.accessToken())), 401, "invalid_token");
        Member renewed = member.withTokensOf(Onboarding.expect(onboarding.refresh(member.refreshToken()), 200).json());
        assertThat(onboarding.api().get("/v1/me", "Authorization", bearer(renewed.accessToken())).status()).isEqualTo(200);
    }
}
