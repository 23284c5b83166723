package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.Tier;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.in.BeginPasskeyStepUp;
import io.finguard.domain.port.in.ListPasskeys;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.PasskeyView;
import io.finguard.domain.port.in.RegisterPasskey;
import io.finguard.domain.port.in.RemovePasskey;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.StepUpWithPasskey;
import io.finguard.domain.session.SessionDenial;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The passkey routes: each result of the six in-ports has one answer, and bodies are bound as WebAuthn JSON. */
class PasskeyRoutesTest extends RouteTest {
    private static final byte[] CHALLENGE = "a challenge of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);
    private static final CredentialId CREDENTIAL = CredentialId.of(new byte[] {1, 2, 3, 4});
    private static final PasskeyView VIEW = new PasskeyView(new PasskeyId(UUID.fromString("00000000-0000-4000-8000-0000000000c1")),
            "laptop", List.of("internal"), Fixtures.NOW, Optional.empty());
    private static final String REGISTRATION = """
            {"name":"laptop","credential":{"id":"AQIDBA","rawId":"AQIDBA","type":"public-key","authenticatorAttachment":"platform",
             "clientExtensionResults":{},"response":{"clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0",
             "attestationObject":"o2NmbXRkbm9uZQ","transports":["internal","hybrid"]}}}""";
    private static final String ASSERTION = """
            {"credential":{"id":"AQIDBA","rawId":"AQIDBA","type":"public-key","clientExtensionResults":{},
             "response":{"clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uZ2V0In0","authenticatorData":"SZYN5YgO",
             "signature":"MEUCIQ","userHandle":"AAAA"}}}""";

    private static String[] full() {
        return new String[] {"Authorization", TestApi.bearer(Fixtures.FULL_TOKEN)};
    }

    @Test
    void registrationOptionsAreCreationOptionsForThisRelyingParty() {
        api.stubs.beginPasskeyRegistration = c -> new BeginPasskeyRegistration.Result.Options(Challenge.of(CHALLENGE),
                c.caller().subject(), List.of(CREDENTIAL), Duration.ofMinutes(2));

        TestApi.Response response = api.post("/v1/me/passkeys/options", null, full());

        assertThat(response.status()).isEqualTo(200);
        var options = response.json().get("publicKey");
        assertThat(Base64.getUrlDecoder().decode(options.get("challenge").asText())).isEqualTo(CHALLENGE);
        assertThat(options.get("rp").get("id").asText()).isEqualTo("localhost");
        assertThat(Base64.getUrlDecoder().decode(options.get("user").get("id").asText())).hasSize(16);
        assertThat(options.get("user").get("name").asText()).doesNotContain("+");
        assertThat(options.get("excludeCredentials").get(0).get("id").asText()).isEqualTo("AQIDBA");
        assertThat(options.get("timeout").asLong()).isEqualTo(120_000);
        assertThat(options.get("attestation").asText()).isEqualTo("none");
        assertThat(options.get("authenticatorSelection").get("userVerification").asText()).isEqualTo("required");
    }

    @Test
    void registrationOptionsNeedAFreshStepUpAndALiveSession() {
        api.stubs.beginPasskeyRegistration = c -> new BeginPasskeyRegistration.Result.StepUpRequired();
        assertThat(api.post("/v1/me/passkeys/options", null, full()).code()).isEqualTo("step_up_required");
        api.stubs.beginPasskeyRegistration = c -> new BeginPasskeyRegistration.Result.SessionNotLive(SessionDenial.SESSION_REVOKED);
        assertThat(api.post("/v1/me/passkeys/options", null, full()).status()).isEqualTo(401);
        api.stubs.beginPasskeyRegistration = c -> new BeginPasskeyRegistration.Result.Refused(PasskeyRefusal.LIMIT_REACHED);
        TestApi.Response limit = api.post("/v1/me/passkeys/options", null, full());
        assertThat(limit.status()).isEqualTo(409);
        assertThat(limit.code()).isEqualTo("passkey_limit_reached");
    }

    @Test
    void aRegistrationTakesTheBrowsersJsonAndAnswersTheNewPasskey() {
        AtomicReference<RegisterPasskey.Command> seen = new AtomicReference<>();
        api.stubs.registerPasskey = c -> {
            seen.set(c);
            return new RegisterPasskey.Result.Registered(VIEW);
        };

        TestApi.Response response = api.post("/v1/me/passkeys", REGISTRATION, full());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("id").asText()).isEqualTo(VIEW.id().toString());
        assertThat(response.json().has("lastUsedAt")).isFalse();
        assertThat(seen.get().name()).isEqualTo("laptop");
        assertThat(new String(seen.get().attestation().clientDataJson(), StandardCharsets.UTF_8)).contains("webauthn.create");
        assertThat(seen.get().attestation().transports()).containsExactly("internal", "hybrid");
    }

    @Test
    void aRegistrationThatDoesNotVerifyIs422AndASpentChallenge409() {
        api.stubs.registerPasskey = c -> new RegisterPasskey.Result.Refused(PasskeyRefusal.WRONG_ORIGIN);
        TestApi.Response origin = api.post("/v1/me/passkeys", REGISTRATION, full());
        assertThat(origin.status()).isEqualTo(422);
        assertThat(origin.code()).isEqualTo("passkey_wrong_origin");
        api.stubs.registerPasskey = c -> new RegisterPasskey.Result.Refused(PasskeyRefusal.CHALLENGE_MISSING);
        TestApi.Response spent = api.post("/v1/me/passkeys", REGISTRATION, full());
        assertThat(spent.status()).isEqualTo(409);
        assertThat(spent.code()).isEqualTo("passkey_challenge_missing");
    }

    @Test
    void aRegistrationBodyThatIsNotBase64urlOrCarriesUnknownMembersNeverReachesTheUseCase() {
        AtomicReference<RegisterPasskey.Command> seen = new AtomicReference<>();
        api.stubs.registerPasskey = c -> {
            seen.set(c);
            return new RegisterPasskey.Result.Registered(VIEW);
        };

        TestApi.Response notBase64 = api.post("/v1/me/passkeys", REGISTRATION.replace("o2NmbXRkbm9uZQ", "o2Nm/XRk+m9uZQ"), full());
        TestApi.Response unknown = api.post("/v1/me/passkeys", REGISTRATION.replace("\"name\"", "\"owner\":\"x\",\"name\""), full());
        TestApi.Response noName = api.post("/v1/me/passkeys", REGISTRATION.replace("\"laptop\"", "\"\""), full());

        assertThat(List.of(notBase64.status(), unknown.status(), noName.status())).containsOnly(400);
        assertThat(seen.get()).isNull();
    }

    @Test
    void listingAnswersThePasskeysAndRemovingOneAnswersNoContent() {
        AtomicReference<RemovePasskey.Command> removed = new AtomicReference<>();
        api.stubs.listPasskeys = c -> new ListPasskeys.Result.Listed(List.of(VIEW));
        api.stubs.removePasskey = c -> {
            removed.set(c);
            return new RemovePasskey.Result.Removed();
        };

        TestApi.Response listed = api.get("/v1/me/passkeys", full());
        TestApi.Response deleted = api.send("DELETE", "/v1/me/passkeys/" + VIEW.id(), null, full());

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("passkeys").get(0).get("name").asText()).isEqualTo("laptop");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(removed.get().passkey()).isEqualTo(VIEW.id());
    }

    @Test
    void removingAnUnknownOrMalformedIdIs404AndAStaleStepUp403() {
        api.stubs.removePasskey = c -> new RemovePasskey.Result.NotFound();
        assertThat(api.send("DELETE", "/v1/me/passkeys/" + VIEW.id(), null, full()).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/v1/me/passkeys/not-an-id", null, full()).status()).isEqualTo(404);
        api.stubs.removePasskey = c -> new RemovePasskey.Result.StepUpRequired();
        assertThat(api.send("DELETE", "/v1/me/passkeys/" + VIEW.id(), null, full()).code()).isEqualTo("step_up_required");
    }

    @Test
    void stepUpOptionsAreRequestOptionsForTheTicketsUser() {
        AtomicReference<BeginPasskeyStepUp.Command> seen = new AtomicReference<>();
        api.stubs.beginPasskeyStepUp = c -> {
            seen.set(c);
            return new BeginPasskeyStepUp.Result.Options(Challenge.of(CHALLENGE), List.of(CREDENTIAL), Duration.ofMinutes(2));
        };

        TestApi.Response response = api.post("/v1/auth/step-up/passkey/options", null,
                "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("publicKey").get("rpId").asText()).isEqualTo("localhost");
        assertThat(response.json().get("publicKey").get("allowCredentials").get(0).get("id").asText()).isEqualTo("AQIDBA");
        assertThat(seen.get().subject().user()).isEqualTo(Fixtures.USER);
    }

    @Test
    void stepUpOptionsWithoutAPasskeyAre409() {
        api.stubs.beginPasskeyStepUp = c -> new BeginPasskeyStepUp.Result.NoPasskeys();

        TestApi.Response response = api.post("/v1/auth/step-up/passkey/options", null, full());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("no_passkey");
    }

    @Test
    void aPasskeyStepUpOfASessionAnswersAal2Tokens() {
        AtomicReference<StepUpWithPasskey.Command> seen = new AtomicReference<>();
        api.stubs.stepUpWithPasskey = c -> {
            seen.set(c);
            return new StepUpWithPasskey.Result.SteppedUp(new LoginResult.Authenticated(Tier.FULL, Fixtures.tokens(Tier.FULL,
                    AssuranceLevel.AAL2)));
        };

        TestApi.Response response = api.post("/v1/auth/step-up/passkey", ASSERTION, full());

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen.get().subject()).isEqualTo(new StepUp.Subject.ViaSession(Fixtures.USER, Fixtures.SESSION));
        assertThat(seen.get().assertion().credential()).isEqualTo(CREDENTIAL);
        assertThat(seen.get().assertion().userHandle()).isPresent();
    }

    @Test
    void aPasskeyStepUpWithATicketKeepsTheBodysDevice() {
        AtomicReference<StepUpWithPasskey.Command> seen = new AtomicReference<>();
        api.stubs.stepUpWithPasskey = c -> {
            seen.set(c);
            return new StepUpWithPasskey.Result.Denied(StepUp.Denial.USER_BLOCKED);
        };

        TestApi.Response response = api.post("/v1/auth/step-up/passkey", ASSERTION.replaceFirst("\\}$", ",\"deviceId\":\"tablet\"}"),
                "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("user_blocked");
        assertThat(seen.get().subject()).isEqualTo(new StepUp.Subject.ViaTicket(Fixtures.USER, Optional.of(new DeviceId("tablet"))));
    }

    @Test
    void aRefusedAssertionIs401WithItsCodeAndASpentChallenge409() {
        for (PasskeyRefusal reason : List.of(PasskeyRefusal.WRONG_ORIGIN, PasskeyRefusal.WRONG_CHALLENGE,
                PasskeyRefusal.SIGN_COUNT_REGRESSED, PasskeyRefusal.UNKNOWN, PasskeyRefusal.INVALID)) {
            api.stubs.stepUpWithPasskey = c -> new StepUpWithPasskey.Result.Refused(reason);
            TestApi.Response response = api.post("/v1/auth/step-up/passkey", ASSERTION, full());
            assertThat(response.status()).as(reason.name()).isEqualTo(401);
            assertThat(response.code()).isEqualTo(reason.code());
        }
        api.stubs.stepUpWithPasskey = c -> new StepUpWithPasskey.Result.Refused(PasskeyRefusal.CHALLENGE_MISSING);
        assertThat(api.post("/v1/auth/step-up/passkey", ASSERTION, full()).status()).isEqualTo(409);
    }

    @Test
    void anAnonymousStepUpNeverReachesTheUseCase() {
        TestApi.Response response = api.post("/v1/auth/step-up/passkey", ASSERTION);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
    }

    @Test
    void theDevPageIsNotServedUnlessDevModeAsksForIt() {
        assertThat(api.get("/dev/passkeys.html").status()).isEqualTo(404);
    }
}
