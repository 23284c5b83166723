package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.Onboarding.expect;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SoftAuthenticator;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.passkey.Challenge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's "done when", over HTTP against the real composition root (PostgreSQL, Redis, the SMS gateway, webauthn4j):
 * a payment to a new payee needs its own authorisation, bound to amount, payee and key, used once, failed by five
 * wrong PINs, confirmable by an SMS that states the payment or by a passkey signing its challenge; low-value and
 * trusted-payee exemptions.
 */
class PaymentAuthorisationE2eTest {
    private static E2eStack stack;
    private static Onboarding onboarding;
    private static ApiClient api;
    private static Payments payments;

    @BeforeAll
    static void sharedService() {
        stack = E2eStack.shared();
        onboarding = stack.onboarding();
        api = onboarding.api();
        payments = new Payments(api);
    }

    private static Member payer() {
        Member member = onboarding.upgradeToFull(onboarding.signUp());
        onboarding.fund(member, 90_000);
        return member;
    }

    private static String pin(Member member, String authorizationId, String pin) {
        return payments.confirm(member, authorizationId, "pin", "secret", pin).body();
    }

    @Test
    void aNewPayeeIsRefusedUntilTheAuthorisationIsConfirmedAndThenPaysOnce() {
        Member ada = payer();
        Member bob = onboarding.signUp();

        ApiResponse refused = assertProblem(payments.ask(ada, bob.phone(), 2_000, "p-1"), 403, "sca_required");
        String id = refused.text("/authorizationId");
        assertThat(refused.text("/amount/minor")).isEqualTo("2000");
        assertThat(refused.text("/payee")).isEqualTo(PhoneNumber.of(bob.phone()).masked()).doesNotContain(Phones.nationalDigits(bob.phone()));
        assertThat(Instant.parse(refused.text("/expiresAt"))).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
        assertThat(refused.json().get("methods").toString()).contains("pin", "password", "passkey", "sms");
        assertProblem(payments.ask(ada, bob.phone(), 2_000, "p-1", "Authorization-Id", id), 403, "authorization_not_confirmed");

        expect(payments.confirm(ada, id, "pin", "secret", ada.pin()), 200);
        ApiResponse paid = expect(payments.ask(ada, bob.phone(), 2_000, "p-1", "Authorization-Id", id), 201);
        ApiResponse again = expect(payments.ask(ada, bob.phone(), 2_000, "p-1", "Authorization-Id", id), 200);
        assertThat(again.text("/transferId")).isEqualTo(paid.text("/transferId"));
        assertProblem(payments.ask(ada, bob.phone(), 2_000, "p-2", "Authorization-Id", id), 403, "authorization_used");
        assertThat(api.get("/v1/me", "Authorization", bearer(bob.accessToken())).text("/balance/minor")).isEqualTo("2000");
    }

    @Test
    void anotherAmountOrPayeeIsRefusedAndVoidsIt() {
        Member ada = payer();
        Member bob = onboarding.signUp();
        Member carol = onboarding.signUp();

        String first = payments.ask(ada, bob.phone(), 2_000, "m-1").text("/authorizationId");
        expect(payments.confirm(ada, first, "pin", "secret", ada.pin()), 200);
        assertProblem(payments.ask(ada, bob.phone(), 2_001, "m-1", "Authorization-Id", first), 403, "authorization_mismatch");
        assertProblem(payments.ask(ada, bob.phone(), 2_000, "m-1", "Authorization-Id", first), 403, "authorization_failed");

        String second = payments.ask(ada, bob.phone(), 2_000, "m-2").text("/authorizationId");
        expect(payments.confirm(ada, second, "pin", "secret", ada.pin()), 200);
        assertProblem(payments.ask(ada, carol.phone(), 2_000, "m-2", "Authorization-Id", second), 403, "authorization_mismatch");
        assertThat(api.get("/v1/me", "Authorization", bearer(ada.accessToken())).text("/balance/minor")).isEqualTo("90000");
    }

    @Test
    void fiveWrongPinsVoidTheAuthorisation() {
        Member ada = payer();
        Member bob = onboarding.signUp();
        String id = payments.ask(ada, bob.phone(), 2_000, "w-1").text("/authorizationId");
        String wrong = ada.pin().equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 0; left--) {
            ApiResponse answer = assertProblem(payments.confirm(ada, id, "pin", "secret", wrong), 401, "secret_invalid");
            assertThat(answer.json().get("attemptsLeft").asInt()).isEqualTo(left);
        }
        assertThat(pin(ada, id, ada.pin())).contains("authorization_failed");
        assertProblem(payments.ask(ada, bob.phone(), 2_000, "w-1", "Authorization-Id", id), 403, "authorization_failed");
    }

    @Test
    void anSmsConfirmedPaymentsMessageStatesAmountAndPayee() {
        Member ada = payer();
        Member bob = onboarding.signUp();
        String id = payments.ask(ada, bob.phone(), 2_000, "s-1").text("/authorizationId");
        int before = stack.sms().count(ada.phone());

        Onboarding.awaitResendAllowed(ada.lastCodeSentAt());
        expect(api.post("/v1/authorizations/" + id + "/sms", null, "Authorization", bearer(ada.accessToken())), 202);
        String text = stack.sms().awaitText(ada.phone(), before);
        String code = stack.sms().awaitCode(ada.phone(), before);

        assertThat(text).contains("EUR 20.00").contains(PhoneNumber.of(bob.phone()).masked()).contains(code)
                .doesNotContain(Phones.nationalDigits(bob.phone()));
        expect(payments.confirm(ada, id, "sms", "code", code), 200);
        expect(payments.ask(ada, bob.phone(), 2_000, "s-1", "Authorization-Id", id), 201);
    }

    @Test
    void lowValuePaymentsNeedNoneUntilTheSixthAndATrustedPayeeNeedsNone() throws Exception {
        Member ada = payer();
        Member bob = onboarding.signUp();
        expect(payments.pay(ada, bob.phone(), 2_000, "l-0"), 201);
        for (int i = 1; i <= 5; i++) {
            expect(payments.ask(ada, bob.phone(), 2_000, "l-" + i), 201);
        }
        assertProblem(payments.ask(ada, bob.phone(), 2_000, "l-6"), 403, "sca_required");
        assertThat(audited(ada.userId(), "SCA_EXEMPTION_USED")).isEqualTo(5);

        Member carol = onboarding.signUp();
        Member strong = onboarding.stepUp(ada);
        payments.trust(strong, carol.phone());
        expect(payments.ask(strong, carol.phone(), 40_000, "t-1"), 201);
        ApiResponse listed = expect(api.get("/v1/me/trusted-payees", "Authorization", bearer(strong.accessToken())), 200);
        assertThat(listed.text("/trustedPayees/0/payee")).isEqualTo(PhoneNumber.of(carol.phone()).masked());
    }

    @Test
    void aPasskeySignsThePaymentAndAWrongOriginOrReplayedAssertionIsRefused() {
        String origin = "http://localhost:" + stack.baseUri().getPort();
        SoftAuthenticator key = new SoftAuthenticator("localhost", origin);
        Member ada = onboarding.stepUp(payer());
        ApiResponse options = expect(api.post("/v1/me/passkeys/options", null, "Authorization", bearer(ada.accessToken())), 200);
        Challenge registration = Challenge.of(Base64.getUrlDecoder().decode(options.text("/publicKey/challenge")));
        expect(api.post("/v1/me/passkeys", PasskeyE2eTest.registration("laptop", key.register(registration), key.credential().encoded()),
                "Authorization", bearer(ada.accessToken())), 201);
        Member bob = onboarding.signUp();

        ApiResponse refused = payments.ask(ada, bob.phone(), 2_000, "k-1");
        String id = refused.text("/authorizationId");
        byte[] challenge = Base64.getUrlDecoder().decode(refused.text("/challenge"));
        assertProblem(confirmByPasskey(ada, id, PasskeyE2eTest.assertion(key.atOrigin("https://phish.example").assertion(challenge))),
                401, "passkey_wrong_origin");
        String signed = PasskeyE2eTest.assertion(key.atOrigin(origin).assertion(challenge));
        expect(confirmByPasskey(ada, id, signed), 200);
        assertProblem(confirmByPasskey(ada, id, signed), 409, "invalid_state");

        String other = payments.ask(ada, bob.phone(), 2_000, "k-2").text("/authorizationId");
        assertProblem(confirmByPasskey(ada, other, signed), 401, "passkey_wrong_challenge");
        expect(payments.ask(ada, bob.phone(), 2_000, "k-1", "Authorization-Id", id), 201);
    }

    /** {@code assertionBody} is {"credential": {...}}: sent with method passkey. */
    private static ApiResponse confirmByPasskey(Member member, String id, String assertionBody) {
        String body = "{\"method\":\"passkey\"," + assertionBody.substring(1);
        return api.post("/v1/authorizations/" + id, body, "Authorization", bearer(member.accessToken()));
    }

    private static int audited(String userId, String type) throws Exception {
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement(
                "SELECT count(*) FROM audit_log WHERE subject = ? AND type = ?")) {
            q.setString(1, userId);
            q.setString(2, type);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
