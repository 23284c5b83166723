package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.policy.LoginDenial;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.Tier;
import io.finguard.domain.policy.StepUpReason;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.PhoneProblem;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.SignupStep;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.signup.PreUserStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OtpRoutesTest extends RouteTest {
    private static final String CHALLENGE = "00000000-0000-4000-8000-0000000000c1";

    @Test
    void aSentChallengeAnswers202WithSecondsAndPassesThePhoneAndRegionThrough() {
        AtomicReference<RequestOtp.Command> seen = new AtomicReference<>();
        api.stubs.requestOtp = command -> {
            seen.set(command);
            return new RequestOtp.Result.Sent(ChallengeId.parse(CHALLENGE), Duration.ofMinutes(5), Duration.ofSeconds(30));
        };

        var response = api.post("/v1/auth/otp", "{\"phone\":\"015112345678\",\"region\":\"DE\"}");

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("challengeId").asText()).isEqualTo(CHALLENGE);
        assertThat(response.json().get("expiresIn").asLong()).isEqualTo(300);
        assertThat(response.json().get("resendAfter").asLong()).isEqualTo(30);
        assertThat(seen.get().phone()).isEqualTo("015112345678");
        assertThat(seen.get().region()).contains("DE");
        assertThat(seen.get().client().value()).isEqualTo("127.0.0.1");
    }

    @Test
    void anInvalidPhoneIs400WithThePhoneProblemCode() {
        api.stubs.requestOtp = command -> new RequestOtp.Result.InvalidPhone(PhoneProblem.COUNTRY_NOT_ALLOWED);

        var response = api.post("/v1/auth/otp", "{\"phone\":\"+99912345678\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("phone_country_not_allowed");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
    }

    @Test
    void aThrottledRequestIs429WithRetryAfterAndTheLimit() {
        api.stubs.requestOtp = command -> new RequestOtp.Result.Throttled(Limit.OTP_RESEND_COOLDOWN, Duration.ofMillis(12_300));

        var response = api.post("/v1/auth/otp", "{\"phone\":\"+4915112345678\"}");

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("rate_limited");
        assertThat(response.json().get("limit").asText()).isEqualTo("otp_resend_cooldown");
        assertThat(response.header("Retry-After")).contains("13");
    }

    @Test
    void aMissingPhoneIsAValidationProblemNamingIt() {
        var response = api.post("/v1/auth/otp", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
    }

    @Test
    void aKnownPhoneWithoutStepUpGetsTokens() {
        AtomicReference<VerifyOtp.Command> seen = new AtomicReference<>();
        api.stubs.verifyOtp = command -> {
            seen.set(command);
            return new VerifyOtp.Result.Proven(new LoginResult.Authenticated(Tier.LIMITED,
                    Fixtures.tokens(Tier.LIMITED, AssuranceLevel.AAL1)));
        };

        var response = api.post("/v1/auth/otp/verify",
                "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\",\"deviceId\":\"phone-1\"}");

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        assertThat(body.get("authState").asText()).isEqualTo("AUTHENTICATED");
        assertThat(body.get("accountTier").asText()).isEqualTo("LIMITED");
        assertThat(body.get("tokens").get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(body.get("tokens").get("expiresIn").asLong()).isEqualTo(600);
        assertThat(body.get("tokens").get("refreshToken").asText()).isEqualTo("refresh-opaque-1");
        assertThat(body.get("tokens").get("scope").asText()).isEqualTo("balance:read kyc:submit profile:read session:manage");
        assertThat(body.get("tokens").get("acr").asText()).isEqualTo("urn:finguard:acr:aal1");
        assertThat(seen.get().device()).contains(new DeviceId("phone-1"));
        assertThat(seen.get().code()).isEqualTo("123456");
    }

    @Test
    void aSessionNameGoesToTheUseCaseAndOneBreakingTheTextRuleIsRefused() {
        AtomicReference<VerifyOtp.Command> seen = new AtomicReference<>();
        api.stubs.verifyOtp = command -> {
            seen.set(command);
            return new VerifyOtp.Result.Proven(new LoginResult.Authenticated(Tier.LIMITED,
                    Fixtures.tokens(Tier.LIMITED, AssuranceLevel.AAL1)));
        };

        var named = api.post("/v1/auth/otp/verify",
                "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\",\"sessionName\":\"Anna's phone\"}");
        var tooLong = api.post("/v1/auth/otp/verify",
                "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\",\"sessionName\":\"" + "x".repeat(65) + "\"}");
        var control = api.post("/v1/auth/otp/verify",
                "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\",\"sessionName\":\"a\\u0007b\"}");

        assertThat(named.status()).isEqualTo(200);
        assertThat(seen.get().sessionName()).contains(new io.finguard.domain.model.SessionName("Anna's phone"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("validation_failed");
        assertThat(control.status()).isEqualTo(400);
    }

    @Test
    void aKnownPhoneNeedingStepUpGetsATicketAndNoTokens() {
        AtomicReference<VerifyOtp.Command> seen = new AtomicReference<>();
        api.stubs.verifyOtp = command -> {
            seen.set(command);
            return new VerifyOtp.Result.Proven(new LoginResult.StepUpRequired(Tier.FULL, Fixtures.ticket("step-up-ticket"),
                    Set.of(StepUpReason.FULL_TIER)));
        };

        var body = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}").json();

        assertThat(seen.get().device()).as("no deviceId, no device").isEmpty();
        assertThat(body.get("authState").asText()).isEqualTo("STEP_UP_REQUIRED");
        assertThat(body.get("nextStep").asText()).isEqualTo("STEP_UP");
        assertThat(body.get("ticket").asText()).isEqualTo("step-up-ticket");
        assertThat(body.get("ticketExpiresIn").asLong()).isEqualTo(900);
        assertThat(body.has("tokens")).isFalse();
    }

    @Test
    void anUnknownPhoneGetsASignupTicketAndItsNextStep() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.Proven(new LoginResult.OnboardingRequired(
                Fixtures.ticket("signup-ticket"), Fixtures.signup(PreUserStatus.CREATED, SignupStep.SET_CREDENTIALS)));

        var body = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}").json();

        assertThat(body.get("authState").asText()).isEqualTo("ONBOARDING_REQUIRED");
        assertThat(body.get("nextStep").asText()).isEqualTo("SET_CREDENTIALS");
        assertThat(body.get("ticket").asText()).isEqualTo("signup-ticket");
        assertThat(body.get("signup").get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void aDeniedLoginIs403WithItsCode() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.Proven(new LoginResult.Denied(LoginDenial.USER_BLOCKED));

        var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("user_blocked");
    }

    @Test
    void aWrongCodeIs401WithTheAttemptsLeft() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.WrongCode(3);

        var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"000000\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("otp_invalid");
        assertThat(response.json().get("attemptsLeft").asInt()).isEqualTo(3);
    }

    @Test
    void anUnusableChallengeIs410WithTheReason() {
        for (VerifyOtp.Refusal reason : VerifyOtp.Refusal.values()) {
            api.stubs.verifyOtp = command -> new VerifyOtp.Result.Refused(reason);

            var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}");

            assertThat(response.status()).as(reason.name()).isEqualTo(410);
            assertThat(response.code()).isEqualTo(reason.code());
        }
    }

    @Test
    void anUnknownChallengeIs404() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.UnknownChallenge();

        var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + UUID.randomUUID() + "\",\"code\":\"123456\"}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("otp_unknown");
    }

    @Test
    void aThrottledVerificationIs429WithRetryAfter() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.Throttled(Limit.OTP_PHONE_LOCKED, Duration.ofMinutes(15));

        var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}");

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("Retry-After")).contains("900");
        assertThat(response.json().get("limit").asText()).isEqualTo("otp_phone_locked");
    }

    @Test
    void aCodeSentAsANumberIsRefusedBeforeTheUseCaseNamingTheField() {
        var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":123456}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("code");
    }

    @Test
    void aRegionThatIsNotACountryCodeIsRefused() {
        var response = api.post("/v1/auth/otp", "{\"phone\":\"015112345678\",\"region\":\"germany\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("region");
        assertThat(Optional.ofNullable(response.json().get("detail")).map(Object::toString).orElse(""))
                .doesNotContain("germany");
    }
}
