package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.port.in.AuthorizationView;
import io.finguard.domain.port.in.ConfirmAuthorization;
import io.finguard.domain.port.in.ManageTrustedPayees;
import io.finguard.domain.port.in.RequestAuthorizationSms;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.txauth.TrustedPayee;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The payment authorisation and trusted-payee routes: each result variant's answer, and bad input is a 400/404. */
class AuthorizationRoutesTest extends RouteTest {
    private static final AuthorizationId ID = AuthorizationId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a7"));
    private static final AuthorizationView VIEW = new AuthorizationView(ID, Money.of(2000, "EUR"), "+4915*******99",
            Fixtures.NOW.plusSeconds(300), AuthorizationView.METHODS, "Y2hhbGxlbmdl", "confirmed");
    private final AtomicReference<ConfirmAuthorization.Command> seen = new AtomicReference<>();

    private static TestApi.Response confirm(String id, String body) {
        return api.post("/v1/authorizations/" + id, body, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN));
    }

    private void answer(ConfirmAuthorization.Result result) {
        api.stubs.confirmAuthorization = command -> {
            seen.set(command);
            return result;
        };
    }

    @Test
    void eachFactorReachesTheUseCaseAndARightOneAnswersTheAuthorisation() {
        answer(new ConfirmAuthorization.Result.Confirmed(VIEW));

        var pin = confirm(ID.toString(), "{\"method\":\"pin\",\"secret\":\"739184\"}");
        assertThat(pin.status()).isEqualTo(200);
        assertThat(pin.json().get("state").asText()).isEqualTo("confirmed");
        assertThat(seen.get().factor()).isEqualTo(new ConfirmAuthorization.Factor.Secret(AuthMethod.PIN, "739184"));
        confirm(ID.toString(), "{\"method\":\"password\",\"secret\":\"pw pw pw\"}");
        assertThat(seen.get().factor()).isEqualTo(new ConfirmAuthorization.Factor.Secret(AuthMethod.PASSWORD, "pw pw pw"));
        confirm(ID.toString(), "{\"method\":\"sms\",\"code\":\"123456\"}");
        assertThat(seen.get().factor()).isEqualTo(new ConfirmAuthorization.Factor.SmsCode("123456"));
        confirm(ID.toString(), "{\"method\":\"passkey\",\"credential\":{\"id\":\"AQ\",\"rawId\":\"AQ\",\"type\":\"public-key\","
                + "\"response\":{\"clientDataJSON\":\"AQ\",\"authenticatorData\":\"AQ\",\"signature\":\"AQ\"}}}");
        assertThat(seen.get().factor()).isInstanceOf(ConfirmAuthorization.Factor.Passkey.class);
    }

    @Test
    void wrongFactorsLocksAndEndedAuthorisationsHaveTheirAnswers() {
        answer(new ConfirmAuthorization.Result.WrongFactor(3));
        var wrong = confirm(ID.toString(), "{\"method\":\"pin\",\"secret\":\"000000\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("attemptsLeft").asInt()).isEqualTo(3);

        answer(new ConfirmAuthorization.Result.PasskeyRefused(PasskeyRefusal.WRONG_ORIGIN, 2));
        assertThat(confirm(ID.toString(), "{\"method\":\"pin\",\"secret\":\"1\"}").code()).isEqualTo("passkey_wrong_origin");

        answer(new ConfirmAuthorization.Result.Refused(Rejection.AUTHORIZATION_FAILED));
        var failed = confirm(ID.toString(), "{\"method\":\"pin\",\"secret\":\"1\"}");
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.code()).isEqualTo("authorization_failed");

        answer(new ConfirmAuthorization.Result.Locked(Duration.ofSeconds(90)));
        var locked = confirm(ID.toString(), "{\"method\":\"pin\",\"secret\":\"1\"}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).contains("90");

        answer(new ConfirmAuthorization.Result.NoCodeSent());
        assertThat(confirm(ID.toString(), "{\"method\":\"sms\",\"code\":\"123456\"}").status()).isEqualTo(409);
        answer(new ConfirmAuthorization.Result.NotFound());
        assertThat(confirm(ID.toString(), "{\"method\":\"pin\",\"secret\":\"1\"}").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedAtTheEdge() {
        answer(new ConfirmAuthorization.Result.Confirmed(VIEW));
        assertThat(confirm("not-a-uuid", "{\"method\":\"pin\",\"secret\":\"1\"}").status()).isEqualTo(404);
        assertThat(confirm(ID.toString(), "{\"method\":\"telepathy\"}").status()).isEqualTo(400);
        assertThat(confirm(ID.toString(), "{\"method\":\"pin\"}").status()).isEqualTo(400);
        assertThat(confirm(ID.toString(), "{\"method\":\"sms\",\"code\":\"12ab\"}").status()).isEqualTo(400);
        assertThat(confirm(ID.toString(), "{\"method\":\"passkey\"}").status()).isEqualTo(400);
        assertThat(seen.get()).isNull();
    }

    @Test
    void theSmsRouteAnswersEachResult() {
        api.stubs.requestAuthorizationSms = command -> new RequestAuthorizationSms.Result.Sent(Fixtures.NOW.plusSeconds(120));
        var sent = api.post("/v1/authorizations/" + ID + "/sms", null, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN));
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().get("expiresAt").asText()).isEqualTo(Fixtures.NOW.plusSeconds(120).toString());

        api.stubs.requestAuthorizationSms = command -> new RequestAuthorizationSms.Result.AlreadySent();
        assertThat(api.post("/v1/authorizations/" + ID + "/sms", null, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN)).code())
                .isEqualTo("otp_already_sent");
        api.stubs.requestAuthorizationSms = command -> new RequestAuthorizationSms.Result.Throttled(Limit.OTP_RESEND_COOLDOWN,
                Duration.ofSeconds(30));
        assertThat(api.post("/v1/authorizations/" + ID + "/sms", null, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN)).status())
                .isEqualTo(429);
    }

    @Test
    void trustedPayeesAreListedAddedWithAFreshStepUpAndRemoved() {
        TrustedPayee entry = new TrustedPayee(UUID.fromString("00000000-0000-4000-8000-0000000000c1"), Fixtures.full().subject(),
                AccountId.of(UUID.randomUUID()), "+4915*******99", Fixtures.NOW);
        AtomicReference<ManageTrustedPayees.AddResult> next = new AtomicReference<>(new ManageTrustedPayees.AddResult.StepUpRequired());
        api.stubs.manageTrustedPayees = new ManageTrustedPayees() {
            @Override
            public List<TrustedPayee> list(io.finguard.domain.token.AccessClaims caller) {
                return List.of(entry);
            }

            @Override
            public AddResult add(io.finguard.domain.token.AccessClaims caller, String payeePhone) {
                return next.get();
            }

            @Override
            public boolean remove(io.finguard.domain.token.AccessClaims caller, UUID id) {
                return id.equals(entry.id());
            }
        };
        String auth = TestApi.bearer(Fixtures.FULL_TOKEN);

        assertThat(api.get("/v1/me/trusted-payees", "Authorization", auth).json().get("trustedPayees").get(0).get("payee").asText())
                .isEqualTo("+4915*******99");
        var stale = api.post("/v1/me/trusted-payees", "{\"phone\":\"+4915199999999\"}", "Authorization", auth);
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.code()).isEqualTo("step_up_required");
        next.set(new ManageTrustedPayees.AddResult.Added(entry));
        assertThat(api.post("/v1/me/trusted-payees", "{\"phone\":\"+4915199999999\"}", "Authorization", auth).status()).isEqualTo(201);
        assertThat(api.post("/v1/me/trusted-payees", "{\"phone\":\"0151\"}", "Authorization", auth).status()).isEqualTo(400);
        assertThat(api.send("DELETE", "/v1/me/trusted-payees/" + entry.id(), null, "Authorization", auth).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/v1/me/trusted-payees/nope", null, "Authorization", auth).status()).isEqualTo(404);
    }
}
