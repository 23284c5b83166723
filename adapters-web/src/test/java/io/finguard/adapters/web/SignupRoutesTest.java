package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.Tier;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.SignupStep;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.port.in.ViewSignup;
import io.finguard.domain.signup.PreUserStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SignupRoutesTest extends RouteTest {
    private static final String[] TICKET = {"Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET)};
    private static final String PROFILE = "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"dateOfBirth\":\"1990-12-10\","
            + "\"address\":{\"line1\":\"1 Main St\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"}}";

    @Test
    void viewShowsStatusAndNextStepOfTheTicketsSignup() {
        AtomicReference<Object> seen = new AtomicReference<>();
        api.stubs.viewSignup = id -> {
            seen.set(id);
            return new ViewSignup.Result.Found(Fixtures.signup(PreUserStatus.CREDENTIALS_SET, SignupStep.COMPLETE_PROFILE));
        };

        var response = api.get("/v1/signup", TICKET);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("CREDENTIALS_SET");
        assertThat(response.json().get("nextStep").asText()).isEqualTo("COMPLETE_PROFILE");
        assertThat(seen.get()).isEqualTo(Fixtures.SIGNUP);
    }

    @Test
    void viewOfAVanishedSignupIs404() {
        api.stubs.viewSignup = id -> new ViewSignup.Result.NotFound();

        assertThat(api.get("/v1/signup", TICKET).code()).isEqualTo("signup_not_found");
    }

    @Test
    void credentialsSavedAnswersTheNewState() {
        AtomicReference<SetCredentials.Command> seen = new AtomicReference<>();
        api.stubs.setCredentials = command -> {
            seen.set(command);
            return new SetCredentials.Result.Saved(Fixtures.signup(PreUserStatus.CREDENTIALS_SET, SignupStep.COMPLETE_PROFILE));
        };

        var response = api.put("/v1/signup/credentials", "{\"password\":\"correct horse battery\",\"pin\":\"914730\"}", TICKET);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("nextStep").asText()).isEqualTo("COMPLETE_PROFILE");
        assertThat(seen.get().password()).isEqualTo("correct horse battery");
        assertThat(seen.get().pin()).isEqualTo("914730");
    }

    @Test
    void aWeakSecretIs422WithItsCodeAndField() {
        api.stubs.setCredentials = command -> new SetCredentials.Result.Weak(WeakSecret.PIN_TRIVIAL);

        var response = api.put("/v1/signup/credentials", "{\"password\":\"correct horse battery\",\"pin\":\"123456\"}", TICKET);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("pin_trivial");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("pin");
    }

    @Test
    void credentialsRefusedByAHashingLimitAre429RateLimitedWithRetryAfter() {
        AtomicReference<SetCredentials.Command> seen = new AtomicReference<>();
        api.stubs.setCredentials = command -> {
            seen.set(command);
            return new SetCredentials.Result.Throttled(Limit.HASHING_CLIENT, Duration.ofSeconds(61));
        };

        var response = api.put("/v1/signup/credentials", "{\"password\":\"correct horse battery\",\"pin\":\"914730\"}", TICKET);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("rate_limited");
        assertThat(response.json().get("limit").asText()).isEqualTo("hashing_client");
        assertThat(response.header("Retry-After")).contains("61");
        assertThat(seen.get().client()).isNotNull();
    }

    @Test
    void credentialsOutOfOrderIs409WithTheCurrentState() {
        api.stubs.setCredentials = command -> new SetCredentials.Result.InvalidState(
                Fixtures.signup(PreUserStatus.UNDER_REVIEW, SignupStep.WAIT_FOR_REVIEW));

        var response = api.put("/v1/signup/credentials", "{\"password\":\"correct horse battery\",\"pin\":\"914730\"}", TICKET);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("invalid_state");
        assertThat(response.json().get("signup").get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(response.json().get("signup").get("nextStep").asText()).isEqualTo("WAIT_FOR_REVIEW");
    }

    @Test
    void credentialsForAVanishedSignupAre404() {
        api.stubs.setCredentials = command -> new SetCredentials.Result.NotFound();

        assertThat(api.put("/v1/signup/credentials", "{\"password\":\"p\",\"pin\":\"1\"}", TICKET).status()).isEqualTo(404);
    }

    @Test
    void theProfileIsBoundIntoTheDomainProfile() {
        AtomicReference<CompleteProfile.Command> seen = new AtomicReference<>();
        api.stubs.completeProfile = command -> {
            seen.set(command);
            return new CompleteProfile.Result.Saved(Fixtures.signup(PreUserStatus.PROFILE_COMPLETED, SignupStep.SUBMIT));
        };

        var response = api.put("/v1/signup/profile", PROFILE, TICKET);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("nextStep").asText()).isEqualTo("SUBMIT");
        assertThat(seen.get().profile().dateOfBirth()).contains(LocalDate.of(1990, 12, 10));
        assertThat(seen.get().profile().address().country()).isEqualTo("DE");
        assertThat(seen.get().profile().address().line2()).isEmpty();
    }

    @Test
    void aProfileWithoutBirthDateIsAccepted() {
        AtomicReference<CompleteProfile.Command> seen = new AtomicReference<>();
        api.stubs.completeProfile = command -> {
            seen.set(command);
            return new CompleteProfile.Result.Saved(Fixtures.signup(PreUserStatus.PROFILE_COMPLETED, SignupStep.SUBMIT));
        };

        api.put("/v1/signup/profile", PROFILE.replace("\"dateOfBirth\":\"1990-12-10\",", ""), TICKET);

        assertThat(seen.get().profile().dateOfBirth()).isEmpty();
    }

    @Test
    void aBadProfileListsEveryBadMember() {
        var response = api.put("/v1/signup/profile", "{\"firstName\":\" \",\"lastName\":\"L\",\"dateOfBirth\":\"1990-02-31\","
                + "\"address\":{\"line1\":\"x\",\"city\":\"y\",\"postalCode\":\"1\",\"country\":\"de\"}}", TICKET);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("firstName", "dateOfBirth", "address.country");
    }

    @Test
    void aNameIsCountedInCodePointsAsTheDomainCountsIt() {
        AtomicReference<CompleteProfile.Command> seen = new AtomicReference<>();
        api.stubs.completeProfile = command -> {
            seen.set(command);
            return new CompleteProfile.Result.Saved(Fixtures.signup(PreUserStatus.PROFILE_COMPLETED, SignupStep.SUBMIT));
        };
        String hundredEmoji = "\uD83D\uDE00".repeat(100);

        assertThat(api.put("/v1/signup/profile", PROFILE.replace("\"Ada\"", "\"" + hundredEmoji + "\""), TICKET).status())
                .isEqualTo(200);
        assertThat(seen.get().profile().firstName()).hasSize(200);
        var tooLong = api.put("/v1/signup/profile", PROFILE.replace("\"Ada\"", "\"" + hundredEmoji + "x\""), TICKET);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").findValuesAsText("field")).containsExactly("firstName");
    }

    @Test
    void aControlCharacterOrHalfASurrogatePairAnywhereInABodyIs400NamingTheMember() {
        var nul = api.put("/v1/signup/profile", PROFILE.replace("Lovelace", "Love\\u0000lace"), TICKET);
        var nested = api.put("/v1/signup/profile", PROFILE.replace("Berlin", "Ber\\u009blin"), TICKET);
        var surrogate = api.put("/v1/signup/profile", PROFILE.replace("Lovelace", "Lovelace\\ud800"), TICKET);
        var elsewhere = api.post("/v1/auth/refresh", "{\"refreshToken\":\"abc\\u0007def\"}");

        for (var response : java.util.List.of(nul, nested, surrogate, elsewhere)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.code()).isEqualTo("validation_failed");
        }
        assertThat(nul.json().get("errors").findValuesAsText("field")).containsExactly("lastName");
        assertThat(nested.json().get("errors").findValuesAsText("field")).containsExactly("address.city");
        assertThat(surrogate.json().get("errors").findValuesAsText("field")).containsExactly("lastName");
        assertThat(elsewhere.json().get("errors").findValuesAsText("field")).containsExactly("refreshToken");
    }

    @Test
    void aPinDerivedFromTheBirthDateIs422() {
        api.stubs.completeProfile = command -> new CompleteProfile.Result.WeakPin(WeakSecret.PIN_FROM_BIRTH_DATE);

        var response = api.put("/v1/signup/profile", PROFILE, TICKET);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("pin_from_birth_date");
    }

    @Test
    void aProfileRefusedByAHashingLimitIs429RateLimited() {
        api.stubs.completeProfile = command -> new CompleteProfile.Result.Throttled(Limit.HASHING_SUBJECT, Duration.ofSeconds(30));

        var response = api.put("/v1/signup/profile", PROFILE, TICKET);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("rate_limited");
        assertThat(response.json().get("limit").asText()).isEqualTo("hashing_subject");
        assertThat(response.header("Retry-After")).contains("30");
    }

    @Test
    void profileOutOfOrderIs409() {
        api.stubs.completeProfile = command -> new CompleteProfile.Result.InvalidState(
                Fixtures.signup(PreUserStatus.CREATED, SignupStep.SET_CREDENTIALS));

        var response = api.put("/v1/signup/profile", PROFILE, TICKET);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("signup").get("nextStep").asText()).isEqualTo("SET_CREDENTIALS");
    }

    @Test
    void anApprovedSignupIs201WithTokens() {
        AtomicReference<SubmitSignup.Command> seen = new AtomicReference<>();
        api.stubs.submitSignup = command -> {
            seen.set(command);
            return new SubmitSignup.Result.Approved(new LoginResult.Authenticated(Tier.LIMITED,
                    Fixtures.tokens(Tier.LIMITED, AssuranceLevel.AAL1)));
        };

        var response = api.post("/v1/signup/submit", null, "Authorization", TICKET[1], "X-Device-Id", "phone-1");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("authState").asText()).isEqualTo("AUTHENTICATED");
        assertThat(response.json().get("accountTier").asText()).isEqualTo("LIMITED");
        assertThat(seen.get().device()).contains(new DeviceId("phone-1"));
        assertThat(seen.get().signup()).isEqualTo(Fixtures.SIGNUP);
    }

    @Test
    void aSubmitWithAJsonContentTypeButNoBodyIsASubmitWithoutABody() {
        api.stubs.submitSignup = command -> new SubmitSignup.Result.Approved(new LoginResult.Authenticated(Tier.LIMITED,
                Fixtures.tokens(Tier.LIMITED, AssuranceLevel.AAL1)));
        // As curl -X POST -H 'content-type: application/json' sends it: no body and no Content-Length (here: chunked, empty).
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(api.uri("/v1/signup/submit"))
                .header("Authorization", TICKET[1]).header("Content-Type", "application/json")
                .method("POST", java.net.http.HttpRequest.BodyPublishers.fromPublisher(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .build();

        assertThat(api.exchange("POST", "/v1/signup/submit", request).status()).isEqualTo(201);
    }

    @Test
    void aSubmitMayNameItsSessionInAnOptionalBody() {
        AtomicReference<SubmitSignup.Command> seen = new AtomicReference<>();
        api.stubs.submitSignup = command -> {
            seen.set(command);
            return new SubmitSignup.Result.Approved(new LoginResult.Authenticated(Tier.LIMITED,
                    Fixtures.tokens(Tier.LIMITED, AssuranceLevel.AAL1)));
        };

        var named = api.post("/v1/signup/submit", "{\"sessionName\":\"work laptop\"}", TICKET);
        var unnamed = seen.getAndSet(null);
        var blank = api.post("/v1/signup/submit", "{\"sessionName\":\"  \"}", TICKET);

        assertThat(named.status()).isEqualTo(201);
        assertThat(unnamed.sessionName()).contains(new io.finguard.domain.model.SessionName("work laptop"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(seen.get()).isNull();
    }

    @Test
    void aSubmitWithoutADeviceHeaderNamesNoDeviceAndABadOneIsRefused() {
        AtomicReference<SubmitSignup.Command> seen = new AtomicReference<>();
        api.stubs.submitSignup = command -> {
            seen.set(command);
            return new SubmitSignup.Result.UnderReview(Fixtures.signup(PreUserStatus.UNDER_REVIEW, SignupStep.WAIT_FOR_REVIEW));
        };

        assertThat(api.post("/v1/signup/submit", null, TICKET).status()).isEqualTo(202);
        assertThat(seen.get().device()).isEmpty();

        seen.set(null);
        var refused = api.post("/v1/signup/submit", null, "Authorization", TICKET[1], "X-Device-Id", "not a device!");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("X-Device-Id");
        assertThat(seen.get()).isNull();
    }

    @Test
    void aSignupUnderReviewIs202() {
        api.stubs.submitSignup = command -> new SubmitSignup.Result.UnderReview(
                Fixtures.signup(PreUserStatus.UNDER_REVIEW, SignupStep.WAIT_FOR_REVIEW));

        var response = api.post("/v1/signup/submit", null, TICKET);

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(response.json().get("nextStep").asText()).isEqualTo("WAIT_FOR_REVIEW");
    }

    @Test
    void aRejectedSignupIs403() {
        api.stubs.submitSignup = command -> new SubmitSignup.Result.Rejected(Fixtures.signup(PreUserStatus.REJECTED, SignupStep.NONE));

        var response = api.post("/v1/signup/submit", null, TICKET);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("signup_rejected");
    }

    @Test
    void submittingOutOfOrderIs409AndAVanishedSignup404() {
        api.stubs.submitSignup = command -> new SubmitSignup.Result.InvalidState(
                Fixtures.signup(PreUserStatus.CREATED, SignupStep.SET_CREDENTIALS));
        assertThat(api.post("/v1/signup/submit", null, TICKET).status()).isEqualTo(409);

        api.stubs.submitSignup = command -> new SubmitSignup.Result.NotFound();
        assertThat(api.post("/v1/signup/submit", null, TICKET).status()).isEqualTo(404);
    }
}
