package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Error answers of the running service: each is application/problem+json with its stable code, the request id
 * and the security headers, and 401s name the Bearer scheme. One LIMITED member and one fresh signup ticket
 * (status CREATED) serve every case.
 */
class ErrorAnswersE2eTest {
    private static Onboarding onboarding;
    private static ApiClient api;
    private static Member member;
    private static String signupTicket;

    @BeforeAll
    static void aMemberAndAnUnfinishedSignup() {
        onboarding = E2eStack.shared().onboarding();
        api = onboarding.api();
        member = onboarding.signUp();
        signupTicket = onboarding.signupTicket(onboarding.requestCode(Phones.fresh()), Onboarding.newDevice());
    }

    @Test
    void anUnknownMemberSuchAsTierFullIsRefusedByName() {
        String body = json("firstName", "Erika", "lastName", "Mustermann", "dateOfBirth", "1990-04-17",
                "address", object("line1", "Teststrasse 1", "city", "Berlin", "postalCode", "10115", "country", "DE"),
                "tier", "FULL");

        ApiResponse refused = api.put("/v1/signup/profile", body, "Authorization", bearer(signupTicket));

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.text("/errors/0/field")).isEqualTo("tier");
    }

    @Test
    void duplicateKeysAreRefused() {
        String phone = Phones.fresh();
        ApiResponse refused = api.post("/v1/auth/otp", "{\"phone\":\"" + phone + "\",\"phone\":\"" + Phones.fresh() + "\"}");

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.text("/errors/0/field")).isEqualTo("phone");
    }

    @Test
    void aCodeThatIsNotAStringIsRefused() {
        ApiResponse refused = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + UUID.randomUUID() + "\",\"code\":123456}");

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.text("/errors/0/field")).isEqualTo("code");
    }

    @Test
    void malformedPhonesAreRefusedNamingThePhone() {
        assertThat(assertProblem(api.post("/v1/auth/otp", json("phone", "+49 151 CALL-ME")), 400, "phone_invalid")
                .text("/errors/0/field")).isEqualTo("phone");
        // Arabic-Indic digits look like +4915112345678 but are not ASCII: refused, never normalised.
        String arabicIndic = "+\u0664\u0669\u0661\u0665\u0661\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668";
        assertProblem(api.post("/v1/auth/otp", json("phone", arabicIndic)), 400, "phone_invalid");
        assertThat(assertProblem(api.post("/v1/auth/otp", json("phone", "+4915112345678".repeat(3))), 400, "validation_failed")
                .text("/errors/0/field")).isEqualTo("phone");
        assertProblem(api.post("/v1/auth/otp", json("phone", "+49'; DROP TABLE users;--")), 400, "phone_invalid");
        assertProblem(api.post("/v1/auth/otp", json("phone", "+16502530000")), 400, "phone_country_not_allowed");
    }

    @Test
    void aHugePasswordIsRefusedAtTheEdgeBeforeAnyHashing() {
        ApiResponse refused = onboarding.setCredentials(signupTicket, "long-" + "x".repeat(4_000), "583920");

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.text("/errors/0/field")).isEqualTo("password");
    }

    @Test
    void withoutABearerThereIsNoProfile() {
        ApiResponse refused = api.get("/v1/me");

        assertProblem(refused, 401, "invalid_token");
        assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void aSignupTicketIsNotAnAccessTokenAndAnAccessTokenIsNotASignupTicket() {
        assertProblem(api.get("/v1/me", "Authorization", bearer(signupTicket)), 401, "invalid_token");
        assertProblem(api.get("/v1/signup", "Authorization", bearer(member.accessToken())), 401, "invalid_token");
        assertProblem(api.get("/v1/me", "Authorization", bearer(onboarding.adminBearer().substring(7))), 401, "invalid_token");
        assertThat(api.get("/v1/me", "Authorization", bearer(member.accessToken())).status()).isEqualTo(200);
    }

    @Test
    void aTamperedOrUnsignedTokenIsRefused() {
        String token = member.accessToken();
        assertProblem(api.get("/v1/me", "Authorization", bearer(JwtParts.withTamperedSignature(token))), 401, "invalid_token");

        String raisedTier = JwtParts.claims(token).toString().replace("\"LIMITED\"", "\"FULL\"");
        assertProblem(api.get("/v1/me", "Authorization", bearer(JwtParts.withClaims(token, raisedTier))), 401, "invalid_token");

        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String unsigned = noneHeader + "." + token.split("\\.")[1] + ".";
        assertProblem(api.get("/v1/me", "Authorization", bearer(unsigned)), 401, "invalid_token");
    }

    @Test
    void aLimitedMemberCannotSendMoney() {
        String transfer = json("recipientPhone", Phones.fresh(), "amount", object("minor", 100, "currency", "EUR"));
        ApiResponse refused = api.post("/v1/transfers", transfer, "Authorization", bearer(member.accessToken()),
                "Idempotency-Key", "limited-1");

        // The tier is the reason a LIMITED account cannot send, so it is the answer (before the missing scope).
        assertProblem(refused, 403, "insufficient_tier");
    }

    @Test
    void submittingBeforeTheProfileConflictsWithTheSignupState() {
        ApiResponse refused = onboarding.submit(signupTicket, Onboarding.newDevice());

        assertProblem(refused, 409, "invalid_state");
        assertThat(refused.text("/signup/status")).isEqualTo("CREATED");
        assertThat(refused.text("/signup/nextStep")).isEqualTo("SET_CREDENTIALS");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = json("phone", Phones.fresh(), "padding", "x".repeat(64 * 1024));

        assertProblem(api.post("/v1/auth/otp", huge), 413, "payload_too_large");
    }

    @Test
    void aBodyThatIsNotJsonAndARouteThatDoesNotExistAreProblemsToo() {
        assertProblem(api.post("/v1/auth/otp", "phone=+4915112345678", "Content-Type", "application/x-www-form-urlencoded"),
                415, "unsupported_media_type");
        assertProblem(api.post("/v1/auth/otp", "{\"phone\":"), 400, "malformed_json");
        assertProblem(api.get("/v1/nothing-here"), 404, "not_found");
    }
}
