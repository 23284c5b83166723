package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.MeView;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.ViewMe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionRoutesTest extends RouteTest {
    private static final String PIN = "{\"method\":\"pin\",\"secret\":\"914730\"}";
    private final AtomicReference<StepUp.Command> stepUpSeen = new AtomicReference<>();

    @BeforeEach
    void reset() {
        api.stubs.stepUp = command -> {
            stepUpSeen.set(command);
            return new StepUp.Result.SteppedUp(new LoginResult.Authenticated(Tier.FULL, Fixtures.tokens(Tier.FULL, AssuranceLevel.AAL2)));
        };
    }

    @Test
    void aStepUpTicketFinishesTheLoginWithAal2Tokens() {
        var response = api.post("/v1/auth/step-up", PIN, "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tokens").get("acr").asText()).isEqualTo("urn:finguard:acr:aal2");
        assertThat(stepUpSeen.get().subject())
                .isEqualTo(new StepUp.Subject.ViaTicket(Fixtures.USER, Optional.of(new DeviceId("phone-1"))));
        assertThat(stepUpSeen.get().method()).isEqualTo(AuthMethod.PIN);
    }

    @Test
    void theSessionNameTheTicketCarriesGoesToTheStepUp() {
        FlowTicket named = Fixtures.stepUpTicket();
        api.stubs.authenticate.stepUpTickets.put("ticket-named", new FlowTicket(named.kind(), named.subject(), named.device(),
                named.issuedAt(), named.expiresAt(), named.ticketId(), Optional.of(new SessionName("Anna's phone"))));

        api.post("/v1/auth/step-up", PIN, "Authorization", TestApi.bearer("ticket-named"));

        assertThat(stepUpSeen.get().subject()).isEqualTo(new StepUp.Subject.ViaTicket(Fixtures.USER,
                Optional.of(new DeviceId("phone-1")), Optional.of(new SessionName("Anna's phone"))));
    }

    @Test
    void aDeviceIdInTheBodyWinsOverTheTicketsDevice() {
        api.post("/v1/auth/step-up", "{\"method\":\"pin\",\"secret\":\"739184\",\"deviceId\":\"tablet\"}",
                "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(stepUpSeen.get().subject()).isEqualTo(new StepUp.Subject.ViaTicket(Fixtures.USER, Optional.of(new DeviceId("tablet"))));
    }

    /** The session keeps its own device: a deviceId in the body does not re-label it. */
    @Test
    void anAccessTokenRaisesItsOwnSession() {
        api.post("/v1/auth/step-up", "{\"method\":\"password\",\"secret\":\"correct horse\",\"deviceId\":\"tablet\"}",
                "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(stepUpSeen.get().subject()).isEqualTo(new StepUp.Subject.ViaSession(Fixtures.USER, Fixtures.SESSION));
        assertThat(stepUpSeen.get().method()).isEqualTo(AuthMethod.PASSWORD);
    }

    @Test
    void aSignupTicketCannotStepUp() {
        var response = api.post("/v1/auth/step-up", PIN, "Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
        assertThat(stepUpSeen.get()).isNull();
    }

    @Test
    void smsIsNotAStepUpMethod() {
        var response = api.post("/v1/auth/step-up", "{\"method\":\"sms\",\"secret\":\"123456\"}",
                "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("method");
    }

    @Test
    void aWrongSecretIs401SecretInvalid() {
        api.stubs.stepUp = command -> new StepUp.Result.WrongSecret();

        var response = api.post("/v1/auth/step-up", PIN, "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("secret_invalid");
    }

    @Test
    void aLockedStepUpIs429WithRetryAfter() {
        api.stubs.stepUp = command -> new StepUp.Result.Locked(Duration.ofMinutes(15));

        var response = api.post("/v1/auth/step-up", PIN, "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("step_up_locked");
        assertThat(response.header("Retry-After")).contains("900");
    }

    @Test
    void aStepUpRefusedByAHashingLimitIs429RateLimitedNamingTheLimit() {
        api.stubs.stepUp = command -> new StepUp.Result.Throttled(Limit.HASHING_CLIENT, Duration.ofSeconds(120));

        var response = api.post("/v1/auth/step-up", PIN, "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("rate_limited");
        assertThat(response.json().get("limit").asText()).isEqualTo("hashing_client");
        assertThat(response.header("Retry-After")).contains("120");
    }

    @Test
    void aDeniedStepUpIs403WithItsCode() {
        api.stubs.stepUp = command -> new StepUp.Result.Denied(StepUp.Denial.SESSION_REVOKED);

        var response = api.post("/v1/auth/step-up", PIN, "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("session_revoked");
    }

    @Test
    void refreshGivesANewPair() {
        AtomicReference<RefreshSession.Command> seen = new AtomicReference<>();
        api.stubs.refreshSession = command -> {
            seen.set(command);
            return new RefreshSession.Result.Refreshed(Tier.FULL, Fixtures.tokens(Tier.FULL, AssuranceLevel.AAL1));
        };

        var response = api.post("/v1/auth/refresh", "{\"refreshToken\":\"old-refresh\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("authState").asText()).isEqualTo("AUTHENTICATED");
        assertThat(response.json().get("accountTier").asText()).isEqualTo("FULL");
        assertThat(response.json().get("tokens").get("scope").asText()).contains("transfer:create");
        assertThat(seen.get().refreshToken()).isEqualTo("old-refresh");
    }

    @Test
    void aRefusedRefreshIs401WithTheRejectionCode() {
        api.stubs.refreshSession = command -> new RefreshSession.Result.Refused(RefreshSession.Refusal.TOKEN_REUSED);

        var response = api.post("/v1/auth/refresh", "{\"refreshToken\":\"stolen\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("token_reused");
    }

    @Test
    void logoutEndsThisSessionOrAll() {
        AtomicReference<Logout.Command> seen = new AtomicReference<>();
        api.stubs.logout = command -> {
            seen.set(command);
            return new Logout.Result.LoggedOut(1);
        };

        var one = api.post("/v1/auth/logout", null, "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));
        assertThat(one.status()).isEqualTo(204);
        assertThat(one.body()).isEmpty();
        assertThat(seen.get()).isEqualTo(new Logout.Command(Fixtures.USER, Fixtures.SESSION, false));

        api.post("/v1/auth/logout?scope=all", null, "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));
        assertThat(seen.get().everywhere()).isTrue();
    }

    @Test
    void logoutWithAnUnknownScopeIsRefused() {
        var response = api.post("/v1/auth/logout?scope=everything", null, "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("scope");
    }

    @Test
    void meShowsTheCallerWithMaskedPhoneAndMoney() {
        api.stubs.viewMe = user -> new ViewMe.Result.Found(new MeView(user, "+4915*******78", "Ada", "Lovelace", UserStatus.ACTIVE,
                Tier.LIMITED, KycStatus.NOT_SUBMITTED, AccountStatus.ACTIVE, Money.of(1250, "EUR"), Money.of(100_000, "EUR"),
                Money.zero("EUR"), Money.zero("EUR")));

        var response = api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        assertThat(body.get("userId").asText()).isEqualTo(Fixtures.USER.toString());
        assertThat(body.get("phone").asText()).isEqualTo("+4915*******78");
        assertThat(body.get("accountTier").asText()).isEqualTo("LIMITED");
        assertThat(body.get("kycStatus").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(body.get("balance").get("minor").asLong()).isEqualTo(1250);
        assertThat(body.get("balance").get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void meWithoutOptionalMembersLeavesThemOut() {
        api.stubs.viewMe = user -> new ViewMe.Result.Found(new MeView(user, "+4915*******78", null, null, UserStatus.ACTIVE,
                Tier.FULL, KycStatus.VERIFIED, AccountStatus.ACTIVE, Money.zero("EUR"), null, null, null));

        var body = api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN)).json();

        assertThat(body.has("firstName")).isFalse();
        assertThat(body.has("balanceCap")).isFalse();
    }

    @Test
    void meOfAVanishedUserIs404() {
        api.stubs.viewMe = user -> new ViewMe.Result.NotFound();

        assertThat(api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN)).status()).isEqualTo(404);
    }
}
