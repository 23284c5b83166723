package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.Tier;
import io.finguard.domain.policy.StepUpReason;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.ReleaseNumber;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.signup.PreUserStatus;
import io.finguard.domain.port.in.SignupStep;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The phone-lifecycle answers at the edge: the release route takes only a release ticket and no body, a step-up
 * answer names the factors that will do and carries the release ticket, and the new refusals have their codes.
 */
class ReleaseNumberRoutesTest extends RouteTest {
    private static final String CHALLENGE = UUID.randomUUID().toString();

    @Test
    void aReleaseTicketReleasesTheNumberForTheTicketsUserAndDeviceAndAnswersWithASignupTicket() {
        AtomicReference<ReleaseNumber.Command> seen = new AtomicReference<>();
        api.stubs.releaseNumber = command -> {
            seen.set(command);
            return new ReleaseNumber.Result.Released(new LoginResult.OnboardingRequired(Fixtures.ticket("signup-ticket"),
                    Fixtures.signup(PreUserStatus.CREATED, SignupStep.SET_CREDENTIALS)));
        };

        var response = api.post("/v1/auth/release-number", null, "Authorization", TestApi.bearer(Fixtures.RELEASE_TICKET));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("authState").asText()).isEqualTo("ONBOARDING_REQUIRED");
        assertThat(response.json().get("ticket").asText()).isEqualTo("signup-ticket");
        assertThat(seen.get()).isEqualTo(new ReleaseNumber.Command(Fixtures.USER, Optional.of(new DeviceId("new-phone"))));
    }

    @Test
    void aStepUpTicketOrAnAccessTokenCannotRelease() {
        for (String bearer : new String[] {Fixtures.STEP_UP_TICKET, Fixtures.FULL_TOKEN, Fixtures.SIGNUP_TICKET}) {
            var response = api.post("/v1/auth/release-number", null, "Authorization", TestApi.bearer(bearer));

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("code").asText()).isEqualTo("invalid_token");
        }
    }

    @Test
    void aBodyCannotNameAnotherUserOrDevice_onlyTheTicketCounts() {
        AtomicReference<ReleaseNumber.Command> seen = new AtomicReference<>();
        api.stubs.releaseNumber = command -> {
            seen.set(command);
            return new ReleaseNumber.Result.Refused(ReleaseNumber.Refusal.NOT_RELEASABLE);
        };

        api.post("/v1/auth/release-number", "{\"userId\":\"" + UUID.randomUUID() + "\",\"deviceId\":\"ada-phone\"}",
                "Authorization", TestApi.bearer(Fixtures.RELEASE_TICKET));

        assertThat(seen.get()).isEqualTo(new ReleaseNumber.Command(Fixtures.USER, Optional.of(new DeviceId("new-phone"))));
    }

    @Test
    void aNumberThatCannotBeReleasedIs409WithItsCode() {
        api.stubs.releaseNumber = command -> new ReleaseNumber.Result.Refused(ReleaseNumber.Refusal.NOT_RELEASABLE);

        var response = api.post("/v1/auth/release-number", null, "Authorization", TestApi.bearer(Fixtures.RELEASE_TICKET));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asText()).isEqualTo("number_not_releasable");
    }

    @Test
    void aStepUpAnswerOnARecycledNumberNamesOnlyThePasswordAndCarriesTheReleaseTicket() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.Proven(new LoginResult.StepUpRequired(Tier.LIMITED,
                Fixtures.ticket("step-up-ticket"), Set.of(StepUpReason.NEW_DEVICE, StepUpReason.NUMBER_MAY_BE_RECYCLED),
                Optional.of(Fixtures.ticket("release-ticket"))));

        var body = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}").json();

        assertThat(body.get("stepUpMethods")).hasSize(1);
        assertThat(body.get("stepUpMethods").get(0).asText()).isEqualTo("password");
        assertThat(body.get("releaseTicket").asText()).isEqualTo("release-ticket");
    }

    @Test
    void anOrdinaryStepUpAnswerNamesBothFactorsAndNoReleaseTicket() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.Proven(new LoginResult.StepUpRequired(Tier.FULL,
                Fixtures.ticket("step-up-ticket"), Set.of(StepUpReason.FULL_TIER)));

        var body = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}").json();

        assertThat(body.get("stepUpMethods").toString()).isEqualTo("[\"pin\",\"password\"]");
        assertThat(body.has("releaseTicket")).isFalse();
    }

    @Test
    void aPinWhereOnlyThePasswordWillDoIs403PasswordRequired() {
        api.stubs.stepUp = command -> new StepUp.Result.Denied(StepUp.Denial.PASSWORD_REQUIRED);

        var response = api.post("/v1/auth/step-up", "{\"method\":\"pin\",\"secret\":\"914730\"}", "Authorization",
                TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asText()).isEqualTo("password_required");
    }

    @Test
    void aTransferDuringASimSwapHoldIs403SimSwapHoldAndWithoutAnAnswerPasswordRequired() {
        api.stubs.createTransfer = command -> new CreateTransfer.Result.Denied(TransferDenial.SIM_SWAP_HOLD);
        var held = api.post("/v1/transfers", "{\"recipientPhone\":\"+4915187654321\",\"amount\":{\"minor\":100,\"currency\":\"EUR\"}}",
                "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN), "Idempotency-Key", "k-1");
        api.stubs.createTransfer = command -> new CreateTransfer.Result.Denied(TransferDenial.PASSWORD_STEP_UP_REQUIRED);
        var unknown = api.post("/v1/transfers", "{\"recipientPhone\":\"+4915187654321\",\"amount\":{\"minor\":100,\"currency\":\"EUR\"}}",
                "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN), "Idempotency-Key", "k-2");

        assertThat(held.status()).isEqualTo(403);
        assertThat(held.json().get("code").asText()).isEqualTo("sim_swap_hold");
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.json().get("code").asText()).isEqualTo("password_required");
    }
}
