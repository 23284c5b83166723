package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A known phone proves itself again (L1-L6): a known device on a LIMITED account gets tokens at once, a new
 * device or a FULL account must step up first, a blocked user is denied, and an abandoned signup resumes at
 * the step where it stopped. The people were seeded earlier (see {@link SeededMembers}) because a phone waits
 * between codes.
 */
class ReturningUserE2eTest {
    private static final String AAL1 = "urn:finguard:acr:aal1";
    private static final String AAL2 = "urn:finguard:acr:aal2";

    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();
    private final SeededMembers.Seeds seeds = SeededMembers.get();

    /**
     * A device label is no proof of a device: without a DPoP key that stepped up before (see DpopE2eTest), even the
     * label the member signed up with is a new device, so someone holding the SMS code still needs the PIN.
     */
    @Test
    void aLimitedMemberNamingItsSignupDeviceWithoutAKeyMustStepUp() {
        Member member = seeds.knownDevice();
        Onboarding.awaitResendAllowed(member.lastCodeSentAt());

        ApiResponse login = onboarding.verify(onboarding.requestCode(member.phone()), member.device());

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        assertThat(login.text("/accountTier")).isEqualTo("LIMITED");
        assertThat(login.json().has("tokens")).isFalse();
    }

    @Test
    void aNewDeviceMustStepUpAndTheTicketIsNoAccessToken() {
        Member member = seeds.newDevice();
        Onboarding.awaitResendAllowed(member.lastCodeSentAt());
        String otherDevice = Onboarding.newDevice();

        ApiResponse login = onboarding.verify(onboarding.requestCode(member.phone()), otherDevice);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        assertThat(login.text("/nextStep")).isEqualTo("STEP_UP");
        assertThat(login.text("/accountTier")).isEqualTo("LIMITED");
        assertThat(login.json().has("tokens")).isFalse();
        String ticket = login.text("/ticket");
        assertProblem(api.get("/v1/me", "Authorization", bearer(ticket)), 401, "invalid_token");

        assertProblem(api.post("/v1/auth/step-up", json("method", "password", "secret", member.password() + "x"),
                "Authorization", bearer(ticket)), 401, "secret_invalid");
        ApiResponse steppedUp = api.post("/v1/auth/step-up", json("method", "password", "secret", member.password()),
                "Authorization", bearer(ticket));

        assertThat(steppedUp.status()).isEqualTo(200);
        assertThat(steppedUp.text("/authState")).isEqualTo("AUTHENTICATED");
        assertThat(steppedUp.text("/tokens/acr")).isEqualTo(AAL2);
        assertThat(JwtParts.claims(steppedUp.text("/tokens/accessToken")).get("sub").asText()).isEqualTo(member.userId());
    }

    @Test
    void aFullMemberStepsUpEvenOnItsKnownDevice() {
        Member member = seeds.fullTier();
        Onboarding.awaitResendAllowed(member.lastCodeSentAt());

        ApiResponse login = onboarding.verify(onboarding.requestCode(member.phone()), member.device());

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        assertThat(login.text("/accountTier")).isEqualTo("FULL");
        ApiResponse steppedUp = api.post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()),
                "Authorization", bearer(login.text("/ticket")));
        assertThat(steppedUp.status()).isEqualTo(200);
        assertThat(steppedUp.text("/accountTier")).isEqualTo("FULL");
        assertThat(steppedUp.text("/tokens/scope").split(" ")).contains("transfer:create");
        assertThat(steppedUp.text("/tokens/acr")).isEqualTo(AAL2);
    }

    @Test
    void aBlockedUserIsDeniedAtLoginAndTheirRefreshAndStepUpAreRefused() {
        Member member = seeds.toBlock();

        ApiResponse blocked = onboarding.operator().post("/v1/admin/users/" + member.userId() + "/block",
                json("reason", "e2e: suspected fraud"), "Authorization", onboarding.adminBearer());
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.text("/status")).isEqualTo("BLOCKED");
        assertThat(blocked.json().get("sessionsEnded").asInt()).isEqualTo(1);

        assertProblem(onboarding.refresh(member.refreshToken()), 401, "session_revoked");
        assertProblem(api.post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()),
                "Authorization", bearer(member.accessToken())), 403, "user_blocked");

        Onboarding.awaitResendAllowed(member.lastCodeSentAt());
        ApiResponse login = onboarding.verify(onboarding.requestCode(member.phone()), member.device());
        assertProblem(login, 403, "user_blocked");
        assertThat(login.json().has("tokens")).isFalse();
        assertThat(login.json().has("ticket")).isFalse();
    }

    @Test
    void anAbandonedSignupResumesAtTheStepWhereItStopped() {
        SeededMembers.AbandonedSignup abandoned = seeds.abandoned();
        Onboarding.awaitResendAllowed(abandoned.codeSentAt());

        ApiResponse resumed = onboarding.verify(onboarding.requestCode(abandoned.phone()), abandoned.device());

        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.text("/authState")).isEqualTo("ONBOARDING_REQUIRED");
        assertThat(resumed.text("/nextStep")).isEqualTo("COMPLETE_PROFILE");
        assertThat(resumed.text("/signup/signupId")).isEqualTo(abandoned.signupId());
        assertThat(resumed.text("/signup/status")).isEqualTo("CREDENTIALS_SET");
        String ticket = resumed.text("/ticket");
        ApiResponse view = api.get("/v1/signup", "Authorization", bearer(ticket));
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.text("/signupId")).isEqualTo(abandoned.signupId());
        assertThat(view.text("/status")).isEqualTo("CREDENTIALS_SET");
        assertThat(view.text("/nextStep")).isEqualTo("COMPLETE_PROFILE");

        assertThat(onboarding.completeProfile(ticket).status()).isEqualTo(200);
        ApiResponse approved = onboarding.submit(ticket, abandoned.device());
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.text("/accountTier")).isEqualTo("LIMITED");
    }
}
