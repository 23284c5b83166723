package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.phone.RecoveryStatus;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.port.in.CompleteRecovery;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.DecideRecovery;
import io.finguard.domain.port.in.RecoveryView;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.finguard.domain.port.in.RequestRecovery;
import io.finguard.domain.port.in.ViewRecovery;
import io.finguard.domain.session.SessionDenial;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The phone-lifecycle routes: each result of each use case has one answer, and every answer fits the OpenAPI document. */
class PhoneRoutesTest extends RouteTest {
    private static final String[] ACCESS = {"Authorization", TestApi.bearer(Fixtures.FULL_TOKEN)};
    private static final String[] TICKET = {"Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET)};
    private static final String[] ADMIN = {"Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN)};
    private static final ChallengeId CHALLENGE = ChallengeId.of(UUID.fromString("00000000-0000-4000-8000-0000000000e1"));
    private static final RecoveryView VIEW = new RecoveryView(RecoveryId.of(UUID.fromString("00000000-0000-4000-8000-0000000000e2")),
            RecoveryStatus.IDENTITY_PENDING, Fixtures.NOW.plus(Duration.ofHours(72)));

    private TestApi.Response requestChange(RequestPhoneChange.Result answer) {
        api.stubs.requestPhoneChange = command -> answer;
        return api.post("/v1/me/phone", "{\"phone\":\"+4915111110000\"}", ACCESS);
    }

    private TestApi.Response confirm(ConfirmPhoneChange.Result answer) {
        api.stubs.confirmPhoneChange = command -> answer;
        return api.post("/v1/me/phone/verify", "{\"challengeId\":\"" + CHALLENGE + "\",\"code\":\"123456\"}", ACCESS);
    }

    @Test
    void aChangeRequestAnswers202WithTheChallengeAndTheCallerAndNumberPassedOn() {
        AtomicReference<RequestPhoneChange.Command> seen = new AtomicReference<>();
        api.stubs.requestPhoneChange = command -> {
            seen.set(command);
            return new RequestPhoneChange.Result.Sent(CHALLENGE, Duration.ofMinutes(5), Duration.ofSeconds(30));
        };
        TestApi.Response response = api.post("/v1/me/phone", "{\"phone\":\"+4915111110000\",\"region\":\"DE\"}", ACCESS);

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("challengeId").asText()).isEqualTo(CHALLENGE.toString());
        assertThat(seen.get().caller().subject()).isEqualTo(Fixtures.USER);
        assertThat(seen.get().phone()).isEqualTo("+4915111110000");
        assertThat(seen.get().region()).contains("DE");
    }

    @Test
    void everyRefusalOfTheNewNumberIsOne422AndAStaleStepUpIs403() {
        TestApi.Response refused = requestChange(new RequestPhoneChange.Result.NotAccepted());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("phone_not_accepted");
        TestApi.Response stale = requestChange(new RequestPhoneChange.Result.StepUpRequired());
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.code()).isEqualTo("step_up_required");
        assertThat(requestChange(new RequestPhoneChange.Result.SessionNotLive(SessionDenial.USER_BLOCKED)).status()).isEqualTo(403);
        TestApi.Response throttled = requestChange(new RequestPhoneChange.Result.Throttled(Limit.OTP_RESEND_COOLDOWN, Duration.ofSeconds(30)));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(api.post("/v1/me/phone", "{\"phone\":\"+4915111110000\"}").status()).isEqualTo(401);
    }

    @Test
    void aConfirmationAnswersEachResult() {
        TestApi.Response changed = confirm(new ConfirmPhoneChange.Result.Changed("+4915*******00", Fixtures.NOW.plus(Duration.ofHours(72)), 2));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("coolingOffUntil").asText()).isEqualTo(Fixtures.NOW.plus(Duration.ofHours(72)).toString());
        assertThat(changed.json().get("sessionsEnded").asInt()).isEqualTo(2);

        TestApi.Response wrong = confirm(new ConfirmPhoneChange.Result.WrongCode(3));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("otp_invalid");
        assertThat(confirm(new ConfirmPhoneChange.Result.Refused(ConfirmPhoneChange.Refusal.EXPIRED)).code()).isEqualTo("otp_expired");
        assertThat(confirm(new ConfirmPhoneChange.Result.UnknownChange()).code()).isEqualTo("phone_change_unknown");
        TestApi.Response taken = confirm(new ConfirmPhoneChange.Result.NotAccepted());
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.code()).isEqualTo("phone_not_accepted");
    }

    @Test
    void aRecoveryRequestTakesTheSignupTicketAndAnswersEachResult() {
        AtomicReference<RequestRecovery.Command> seen = new AtomicReference<>();
        api.stubs.requestRecovery = command -> {
            seen.set(command);
            return new RequestRecovery.Result.Started(VIEW);
        };
        String body = "{\"oldPhone\":\"+4915112345678\",\"password\":\"correct horse\",\"documentType\":\"passport\",\"documentNumber\":\"P1\"}";
        TestApi.Response started = api.post("/v1/recovery", body, TICKET);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("status").asText()).isEqualTo("IDENTITY_PENDING");
        assertThat(seen.get().signup()).isEqualTo(Fixtures.SIGNUP);
        assertThat(seen.get().documents().documentNumber()).isEqualTo("P1");

        api.stubs.requestRecovery = command -> new RequestRecovery.Result.Refused();
        TestApi.Response refused = api.post("/v1/recovery", body, TICKET);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("recovery_refused");
        api.stubs.requestRecovery = command -> new RequestRecovery.Result.SignupNotOpen();
        assertThat(api.post("/v1/recovery", body, TICKET).code()).isEqualTo("invalid_state");
        assertThat(api.post("/v1/recovery", body, ACCESS).status()).isEqualTo(401);
    }

    @Test
    void viewingAndCompletingARecovery() {
        api.stubs.viewRecovery = signup -> new ViewRecovery.Result.Found(VIEW);
        assertThat(api.get("/v1/recovery", TICKET).json().get("recoveryId").asText()).isEqualTo(VIEW.id().toString());
        api.stubs.viewRecovery = signup -> new ViewRecovery.Result.NotFound();
        assertThat(api.get("/v1/recovery", TICKET).code()).isEqualTo("recovery_unknown");

        api.stubs.completeRecovery = signup -> new CompleteRecovery.Result.Completed(
                new RecoveryView(VIEW.id(), RecoveryStatus.COMPLETED, VIEW.expiresAt()));
        assertThat(api.post("/v1/recovery/complete", null, TICKET).json().get("status").asText()).isEqualTo("COMPLETED");
        api.stubs.completeRecovery = signup -> new CompleteRecovery.Result.Refused(CompleteRecovery.Refusal.EXPIRED,
                new RecoveryView(VIEW.id(), RecoveryStatus.EXPIRED, VIEW.expiresAt()));
        TestApi.Response expired = api.post("/v1/recovery/complete", null, TICKET);
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.code()).isEqualTo("recovery_expired");
    }

    @Test
    void anOperatorDecidesOnTheManagementPortOnly() {
        AtomicReference<DecideRecovery.Command> seen = new AtomicReference<>();
        api.stubs.decideRecovery = command -> {
            seen.set(command);
            return new DecideRecovery.Result.Decided(new RecoveryView(VIEW.id(), RecoveryStatus.APPROVED, VIEW.expiresAt()));
        };
        String path = "/v1/admin/recoveries/" + VIEW.id() + "/decision";
        TestApi.Response decided = api.management().post(path, "{\"approve\":true,\"reason\":\"passport checked\"}", ADMIN);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(seen.get().approve()).isTrue();
        assertThat(seen.get().reason()).isEqualTo("passport checked");

        api.stubs.decideRecovery = command -> new DecideRecovery.Result.Refused(DecideRecovery.Refusal.INVALID_STATE, VIEW);
        assertThat(api.management().post(path, "{\"approve\":false,\"reason\":\"x\"}", ADMIN).code()).isEqualTo("invalid_state");
        assertThat(api.management().post("/v1/admin/recoveries/nope/decision", "{\"approve\":false,\"reason\":\"x\"}", ADMIN).status())
                .isEqualTo(400);
        assertThat(api.post(path, "{\"approve\":true,\"reason\":\"x\"}", ADMIN).status()).isEqualTo(404);
    }
}
