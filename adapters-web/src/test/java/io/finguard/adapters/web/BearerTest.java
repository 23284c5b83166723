package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.port.in.ViewSignup;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of credential works only where it belongs; scope is enforced per route, the tier by the use cases. */
class BearerTest extends RouteTest {

    @BeforeEach
    void reset() {
        api.stubs.viewMe = user -> new ViewMe.Result.NotFound();
        api.stubs.viewSignup = id -> new ViewSignup.Result.NotFound();
        api.stubs.waitingReviews = limit -> List.of();
    }

    private static void assertInvalidToken(TestApi.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer").contains("error=\"invalid_token\""));
    }

    @Test
    void aMissingBearerIs401WithWwwAuthenticate() {
        assertInvalidToken(api.get("/v1/me"));
        assertInvalidToken(api.get("/v1/signup"));
        assertInvalidToken(api.management().get("/v1/admin/reviews"));
    }

    @Test
    void anotherSchemeThanBearerIs401() {
        assertInvalidToken(api.get("/v1/me", "Authorization", "Basic dXNlcjpwYXNz"));
    }

    @Test
    void anInvalidTokenIs401() {
        assertInvalidToken(api.get("/v1/me", "Authorization", TestApi.bearer("forged.jwt.value")));
    }

    @Test
    void aSignupTicketIsNotAnAccessToken() {
        assertInvalidToken(api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET)));
    }

    @Test
    void aStepUpTicketIsNotAnAccessToken() {
        assertInvalidToken(api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET)));
    }

    @Test
    void anAccessTokenIsNotASignupTicket() {
        assertInvalidToken(api.get("/v1/signup", "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN)));
    }

    @Test
    void theRightCredentialReachesTheUseCase() {
        assertThat(api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN)).code()).isEqualTo("user_not_found");
        assertThat(api.get("/v1/signup", "Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET)).code())
                .isEqualTo("signup_not_found");
    }

    @Test
    void userCredentialsAreNotTheOperatorCredential() {
        var operator = api.management();
        assertInvalidToken(operator.get("/v1/admin/reviews", "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN)));
        assertInvalidToken(operator.get("/v1/admin/reviews", "Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN + "x")));
        assertThat(operator.get("/v1/admin/reviews", "Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN)).status())
                .isEqualTo(200);
    }

    @Test
    void theOperatorCredentialIsNotAUserToken() {
        assertInvalidToken(api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN)));
    }

    @Test
    void aTokenWithoutTheRouteScopeIs403InsufficientScope() {
        api.stubs.authenticate.accessTokens.put("no-profile", Fixtures.claims(Tier.LIMITED, EnumSet.of(Scope.SESSION_MANAGE),
                AssuranceLevel.AAL1));

        var response = api.get("/v1/me", "Authorization", TestApi.bearer("no-profile"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("insufficient_scope");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).contains("profile:read"));
    }

    @Test
    void kycNeedsItsScopeWhichFullAccountsDoNotHave() {
        var response = api.post("/v1/kyc", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"X1\"}",
                "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("insufficient_scope");
    }

    @Test
    void aLimitedTokenReachesTheTransferUseCaseWhichDecidesTheTier() {
        AtomicReference<CreateTransfer.Command> seen = new AtomicReference<>();
        api.stubs.createTransfer = command -> {
            seen.set(command);
            return new CreateTransfer.Result.Denied(TransferDenial.INSUFFICIENT_TIER);
        };

        var response = api.post("/v1/transfers", "{\"recipientPhone\":\"+4915199999999\",\"amount\":{\"minor\":100,\"currency\":\"EUR\"}}",
                "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN), "Idempotency-Key", "k1");

        assertThat(seen.get()).as("the edge does not decide the tier").isNotNull();
        assertThat(seen.get().caller().tier()).isEqualTo(Tier.LIMITED);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("insufficient_tier");
    }

    @Test
    void aTransferTokenWithoutTheScopeIsToldSoWithTheBearerChallenge() {
        api.stubs.authenticate.accessTokens.put("full-frozen", Fixtures.claims(Tier.FULL,
                EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.SESSION_MANAGE), AssuranceLevel.AAL2));
        api.stubs.createTransfer = command -> new CreateTransfer.Result.Denied(command.caller().hasScope(Scope.TRANSFER_CREATE)
                ? TransferDenial.ACCOUNT_NOT_ACTIVE : TransferDenial.MISSING_SCOPE);

        var response = api.post("/v1/transfers", "{\"recipientPhone\":\"+4915199999999\",\"amount\":{\"minor\":100,\"currency\":\"EUR\"}}",
                "Authorization", TestApi.bearer("full-frozen"), "Idempotency-Key", "k1");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("insufficient_scope");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                .contains("error=\"insufficient_scope\"").contains("transfer:create"));
    }

    @Test
    void aTransferStillNeedsAValidAccessToken() {
        assertInvalidToken(api.post("/v1/transfers", "{}", "Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET),
                "Idempotency-Key", "k1"));
    }

    @Test
    void aRejectedCredentialNeverReachesAUseCase() {
        api.stubs.decideReview = command -> {
            throw new AssertionError("must not be called");
        };

        var response = api.management().post("/v1/admin/reviews/" + Fixtures.SIGNUP + "/decision", "{\"approve\":true}",
                "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(401);
    }
}
