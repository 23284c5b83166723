package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;
import static io.finguard.bootstrap.e2e.Onboarding.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SoftAuthenticator;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyAttestation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Passkeys over HTTP against the real composition root (PostgreSQL, Redis, webauthn4j), with the test authenticator
 * as the browser at {@code http://localhost:<port>} (the default relying party): register after a fresh step-up, step
 * up with it, and the refusals of a replay, a wrong origin and a counter that goes back.
 */
class PasskeyE2eTest {
    private static E2eStack stack;
    private static String origin;

    @BeforeAll
    static void sharedService() {
        stack = E2eStack.shared();
        origin = "http://localhost:" + stack.baseUri().getPort();
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Challenge challengeOf(ApiResponse options) {
        return Challenge.of(Base64.getUrlDecoder().decode(options.text("/publicKey/challenge")));
    }

    static String registration(String name, PasskeyAttestation attestation, String credentialId) {
        return json("name", name, "credential", object("id", credentialId, "rawId", credentialId, "type", "public-key",
                "clientExtensionResults", object(), "response", object("clientDataJSON", b64(attestation.clientDataJson()),
                        "attestationObject", b64(attestation.attestationObject()), "transports", attestation.transports())));
    }

    static String assertion(PasskeyAssertion assertion) {
        String id = assertion.credential().encoded();
        return json("credential", object("id", id, "rawId", id, "type", "public-key", "response", object(
                "clientDataJSON", b64(assertion.clientDataJson()), "authenticatorData", b64(assertion.authenticatorData()),
                "signature", b64(assertion.signature()))));
    }

    /** A LIMITED member just stepped up with the PIN, holding a registered passkey of {@code authenticator}. */
    private Member memberWithPasskey(Onboarding onboarding, SoftAuthenticator authenticator) {
        Member member = onboarding.stepUp(onboarding.signUp());
        ApiResponse options = expect(onboarding.api().post("/v1/me/passkeys/options", null, "Authorization",
                bearer(member.accessToken())), 200);
        assertThat(options.text("/publicKey/rp/id")).isEqualTo("localhost");
        assertThat(options.text("/publicKey/user/name")).doesNotContain(member.phone().substring(1));
        ApiResponse registered = onboarding.api().post("/v1/me/passkeys",
                registration("laptop", authenticator.register(challengeOf(options)), authenticator.credential().encoded()),
                "Authorization", bearer(member.accessToken()));
        expect(registered, 201);
        return member;
    }

    private ApiResponse stepUp(Onboarding onboarding, Member member, SoftAuthenticator authenticator) {
        ApiResponse options = expect(onboarding.api().post("/v1/auth/step-up/passkey/options", null,
                "Authorization", bearer(member.accessToken())), 200);
        return onboarding.api().post("/v1/auth/step-up/passkey", assertion(authenticator.assertion(challengeOf(options))),
                "Authorization", bearer(member.accessToken()));
    }

    @Test
    void aPasskeyRegisteredAfterAStepUpRaisesTheNextSessionWithPop() throws Exception {
        Onboarding onboarding = stack.onboarding();
        SoftAuthenticator authenticator = new SoftAuthenticator("localhost", origin);
        Member member = memberWithPasskey(onboarding, authenticator);

        ApiResponse stepped = expect(stepUp(onboarding, member, authenticator), 200);

        var claims = JwtParts.claims(stepped.text("/tokens/accessToken"));
        assertThat(claims.get("acr").asText()).isEqualTo("urn:finguard:acr:aal2");
        List<String> amr = new ArrayList<>();
        claims.get("amr").forEach(m -> amr.add(m.asText()));
        assertThat(amr).containsExactlyInAnyOrder("sms", "pop");
        Member raised = member.withTokensOf(stepped.json());
        ApiResponse listed = expect(onboarding.api().get("/v1/me/passkeys", "Authorization", bearer(raised.accessToken())), 200);
        assertThat(listed.json().get("passkeys")).hasSize(1);
        assertThat(listed.text("/passkeys/0/lastUsedAt")).isNotEmpty();
        try (Connection db = stack.database(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT sign_count, name FROM passkeys WHERE user_id = '" + member.userId() + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong("sign_count")).isEqualTo(1);
            assertThat(row.getString("name")).isEqualTo("laptop");
        }
        String id = listed.text("/passkeys/0/id");
        expect(onboarding.api().send("DELETE", "/v1/me/passkeys/" + id, null, "Authorization", bearer(raised.accessToken())), 204);
        assertThat(onboarding.api().post("/v1/auth/step-up/passkey/options", null, "Authorization",
                bearer(raised.accessToken())).code()).isEqualTo("no_passkey");
    }

    @Test
    void aReplayedAssertionAWrongOriginAndAClonedCounterAreRefused() {
        Onboarding onboarding = stack.onboarding();
        SoftAuthenticator authenticator = new SoftAuthenticator("localhost", origin);
        Member member = memberWithPasskey(onboarding, authenticator);
        ApiResponse options = expect(onboarding.api().post("/v1/auth/step-up/passkey/options", null,
                "Authorization", bearer(member.accessToken())), 200);
        String body = assertion(authenticator.assertion(challengeOf(options)));
        Member raised = member.withTokensOf(expect(onboarding.api().post("/v1/auth/step-up/passkey", body,
                "Authorization", bearer(member.accessToken())), 200).json());

        ApiResponse replayed = onboarding.api().post("/v1/auth/step-up/passkey", body, "Authorization", bearer(raised.accessToken()));
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.code()).isEqualTo("passkey_challenge_missing");

        authenticator.atOrigin("http://localhost:1");
        ApiResponse phished = stepUp(onboarding, raised, authenticator);
        assertThat(phished.status()).isEqualTo(401);
        assertThat(phished.code()).isEqualTo("passkey_wrong_origin");

        authenticator.atOrigin(origin).counterAt(0);
        ApiResponse cloned = stepUp(onboarding, raised, authenticator);
        assertThat(cloned.status()).isEqualTo(401);
        assertThat(cloned.code()).isEqualTo("passkey_sign_count_regressed");
    }

    @Test
    void anAal1SessionMustStepUpBeforeRegisteringAPasskey() {
        Onboarding onboarding = stack.onboarding();
        Member member = onboarding.signUp();

        ApiResponse options = onboarding.api().post("/v1/me/passkeys/options", null, "Authorization", bearer(member.accessToken()));

        assertThat(options.status()).isEqualTo(403);
        assertThat(options.code()).isEqualTo("step_up_required");
    }
}
