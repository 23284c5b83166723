package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The main journey through the API: unknown phone -> code -> signup (S1-S5) -> LIMITED with tokens -> KYC ->
 * FULL from the next refresh -> step-up with the PIN -> a transfer, and its idempotent replay.
 */
class SignupToTransferE2eTest {
    private static final String AAL1 = "urn:finguard:acr:aal1";
    private static final String AAL2 = "urn:finguard:acr:aal2";

    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void anUnknownPhoneSignsUpReachesFullTierAndSendsMoneyExactlyOnce() {
        String phone = Phones.fresh();
        String device = Onboarding.newDevice();
        String password = Onboarding.newPassword();
        String pin = Onboarding.newPin(phone);

        Instant challengeSentAt = Instant.now();
        ApiResponse sent = api.post("/v1/auth/otp", json("phone", phone));
        assertThat(sent.status()).isEqualTo(202);
        assertThat(UUID.fromString(sent.text("/challengeId"))).isNotNull();
        assertThat(sent.json().get("expiresIn").asLong()).isEqualTo(300);
        assertThat(sent.json().get("resendAfter").asLong()).isEqualTo(Onboarding.RESEND_COOLDOWN.toSeconds());
        assertThat(sent.body()).doesNotContain(Phones.nationalDigits(phone));
        String code = stack.sms().awaitCode(phone, 0);

        ApiResponse proven = api.post("/v1/auth/otp/verify", json("challengeId", sent.text("/challengeId"), "code", code,
                "deviceId", device));
        assertThat(proven.status()).isEqualTo(200);
        assertThat(proven.text("/authState")).isEqualTo("ONBOARDING_REQUIRED");
        assertThat(proven.text("/nextStep")).isEqualTo("SET_CREDENTIALS");
        assertThat(proven.text("/signup/status")).isEqualTo("CREATED");
        assertThat(proven.json().has("tokens")).isFalse();
        String ticket = proven.text("/ticket");

        ApiResponse view = api.get("/v1/signup", "Authorization", bearer(ticket));
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.text("/status")).isEqualTo("CREATED");
        assertThat(view.text("/signupId")).isEqualTo(proven.text("/signup/signupId"));

        ApiResponse credentials = onboarding.setCredentials(ticket, password, pin);
        assertThat(credentials.status()).isEqualTo(200);
        assertThat(credentials.text("/status")).isEqualTo("CREDENTIALS_SET");
        assertThat(credentials.text("/nextStep")).isEqualTo("COMPLETE_PROFILE");
        ApiResponse profile = onboarding.completeProfile(ticket);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.text("/status")).isEqualTo("PROFILE_COMPLETED");
        assertThat(profile.text("/nextStep")).isEqualTo("SUBMIT");

        ApiResponse approved = onboarding.submit(ticket, device);
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.text("/authState")).isEqualTo("AUTHENTICATED");
        assertThat(approved.text("/accountTier")).isEqualTo("LIMITED");
        assertThat(approved.text("/tokens/tokenType")).isEqualTo("Bearer");
        assertThat(approved.text("/tokens/scope").split(" ")).contains("kyc:submit", "profile:read").doesNotContain("transfer:create");
        assertThat(approved.text("/tokens/acr")).isEqualTo(AAL1);
        String limitedAccess = approved.text("/tokens/accessToken");
        JsonNode limitedClaims = JwtParts.claims(limitedAccess);
        assertThat(JwtParts.header(limitedAccess).get("alg").asText()).isEqualTo("ES256");
        assertThat(JwtParts.header(limitedAccess).get("typ").asText()).isEqualTo("at+jwt");
        assertThat(limitedClaims.get("iss").asText()).isEqualTo(ServeSettings.ISSUER);
        assertThat(limitedClaims.get("aud").toString()).contains(ServeSettings.AUDIENCE);
        assertThat(limitedClaims.get("tier").asText()).isEqualTo("LIMITED");

        ApiResponse me = api.get("/v1/me", "Authorization", bearer(limitedAccess));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("/accountTier")).isEqualTo("LIMITED");
        assertThat(me.text("/kycStatus")).isEqualTo("NOT_SUBMITTED");
        assertThat(me.text("/status")).isEqualTo("ACTIVE");
        assertThat(me.text("/phone")).startsWith("+491").endsWith(phone.substring(phone.length() - 2)).contains("*")
                .doesNotContain(Phones.nationalDigits(phone));
        assertThat(limitedClaims.get("sub").asText()).isEqualTo(me.text("/userId"));

        ApiResponse kyc = api.post("/v1/kyc", json("documentType", "PASSPORT", "documentNumber", "C01X00T47"),
                "Authorization", bearer(limitedAccess));
        assertThat(kyc.status()).isEqualTo(202);
        assertThat(kyc.text("/kycStatus")).isEqualTo("PENDING");
        ApiResponse decision = onboarding.operator().post("/v1/admin/kyc/" + kyc.text("/reference") + "/decision",
                json("verified", true), "Authorization", onboarding.adminBearer());
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.text("/kycStatus")).isEqualTo("VERIFIED");
        assertThat(decision.text("/accountTier")).isEqualTo("FULL");

        ApiResponse refreshed = onboarding.refresh(approved.text("/tokens/refreshToken"));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("/accountTier")).isEqualTo("FULL");
        assertThat(refreshed.text("/tokens/scope").split(" ")).contains("transfer:create").doesNotContain("kyc:submit");
        assertThat(refreshed.text("/tokens/acr")).isEqualTo(AAL1);
        String fullAccess = refreshed.text("/tokens/accessToken");

        Member recipient = onboarding.signUp();
        onboarding.fund(new Member(phone, device, password, pin, me.text("/userId"), fullAccess, null, challengeSentAt), 10_000);
        String transfer = json("recipientPhone", recipient.phone(), "amount", object("minor", 2_500, "currency", "EUR"));
        ApiResponse unauthorised = api.post("/v1/transfers", transfer, "Authorization", bearer(fullAccess),
                "Idempotency-Key", "journey-1");
        assertThat(unauthorised.status()).isEqualTo(403);
        assertThat(unauthorised.code()).isEqualTo("sca_required");
        String authorizationId = unauthorised.text("/authorizationId");

        ApiResponse steppedUp = api.post("/v1/auth/step-up", json("method", "pin", "secret", pin),
                "Authorization", bearer(fullAccess));
        assertThat(steppedUp.status()).isEqualTo(200);
        assertThat(steppedUp.text("/tokens/acr")).isEqualTo(AAL2);
        assertThat(JwtParts.claims(steppedUp.text("/tokens/accessToken")).get("acr").asText()).isEqualTo(AAL2);
        String aal2Access = steppedUp.text("/tokens/accessToken");

        // The step-up above does not authorise money (issue 13): the payment's own authorisation does.
        assertThat(api.post("/v1/authorizations/" + authorizationId, json("method", "pin", "secret", pin),
                "Authorization", bearer(aal2Access)).status()).isEqualTo(200);
        ApiResponse created = api.post("/v1/transfers", transfer, "Authorization", bearer(aal2Access),
                "Idempotency-Key", "journey-1", "Authorization-Id", authorizationId);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("/amount/minor")).isEqualTo("2500");
        assertThat(created.text("/recipient")).doesNotContain(Phones.nationalDigits(recipient.phone()));
        assertThat(created.header("Idempotent-Replayed")).isEmpty();

        ApiResponse replayed = api.post("/v1/transfers", transfer, "Authorization", bearer(aal2Access),
                "Idempotency-Key", "journey-1");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.header("Idempotent-Replayed")).contains("true");
        assertThat(replayed.text("/transferId")).isEqualTo(created.text("/transferId"));

        assertThat(api.get("/v1/me", "Authorization", bearer(aal2Access)).text("/balance/minor")).isEqualTo("7500");
        assertThat(api.get("/v1/me", "Authorization", bearer(recipient.accessToken())).text("/balance/minor")).isEqualTo("2500");
    }
}
