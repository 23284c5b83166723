package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.policy.DepositDenial;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.ChangeAccountStatus;
import io.finguard.domain.port.in.DecideReview;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.SignupStep;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.signup.PreUserStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AdminRoutesTest extends RouteTest {
    private static final String[] ADMIN = {"Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN)};
    private static final String USER_PATH = "/v1/admin/users/" + Fixtures.USER;

    @Test
    void blockingEndsSessionsAndSaysSo() {
        AtomicReference<BlockUser.Command> seen = new AtomicReference<>();
        api.stubs.blockUser = command -> {
            seen.set(command);
            return new BlockUser.Result.Changed(UserStatus.BLOCKED, 2);
        };

        var response = api.management().post(USER_PATH + "/block", "{\"reason\":\"fraud report 17\"}", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("BLOCKED");
        assertThat(response.json().get("changed").asBoolean()).isTrue();
        assertThat(response.json().get("sessionsEnded").asInt()).isEqualTo(2);
        assertThat(seen.get()).isEqualTo(new BlockUser.Command(Fixtures.USER, true, "fraud report 17"));
    }

    @Test
    void unblockingNeedsNoBodyAndReportsAnUnchangedStatus() {
        AtomicReference<BlockUser.Command> seen = new AtomicReference<>();
        api.stubs.blockUser = command -> {
            seen.set(command);
            return new BlockUser.Result.Unchanged(UserStatus.ACTIVE);
        };

        var response = api.management().post(USER_PATH + "/unblock", null, ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("changed").asBoolean()).isFalse();
        assertThat(seen.get().block()).isFalse();
    }

    /** An account whose number went to someone else shows its state to the operator (and the answer fits the contract). */
    @Test
    void aUserWhoReleasedItsNumberReportsPhoneReleasedUnchanged() {
        api.stubs.blockUser = command -> new BlockUser.Result.Unchanged(UserStatus.PHONE_RELEASED);

        var response = api.management().post(USER_PATH + "/block", "{\"reason\":\"look\"}", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("PHONE_RELEASED");
        assertThat(response.json().get("changed").asBoolean()).isFalse();
    }

    @Test
    void blockingAnUnknownUserIs404AndAMalformedIdIs400() {
        api.stubs.blockUser = command -> new BlockUser.Result.NotFound();
        assertThat(api.management().post(USER_PATH + "/block", "{\"reason\":\"x\"}", ADMIN).code()).isEqualTo("user_not_found");

        var malformed = api.management().post("/v1/admin/users/1-1-1-1-1/block", "{\"reason\":\"x\"}", ADMIN);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("userId");
    }

    @Test
    void aSignupIdOrAFundedUserIdThatIsNotCanonicalUuidTextIs400() {
        String alias = "+" + Fixtures.SIGNUP.toString().substring(1);
        var decision = api.management().post("/v1/admin/reviews/" + alias + "/decision", "{\"approve\":true}", ADMIN);
        assertThat(decision.status()).isEqualTo(400);
        assertThat(decision.json().get("errors").get(0).get("field").asText()).isEqualTo("signupId");

        var fund = api.management().post("/v1/admin/accounts/fund", "{\"userId\":\"1-1-1-1-1\",\"amount\":{\"minor\":1,\"currency\":\"EUR\"}}", ADMIN);
        assertThat(fund.status()).isEqualTo(400);
        assertThat(fund.json().get("errors").get(0).get("field").asText()).isEqualTo("userId");
    }

    @Test
    void reviewsListTheWaitingSignups() {
        AtomicReference<Integer> limit = new AtomicReference<>();
        api.stubs.waitingReviews = n -> {
            limit.set(n);
            return List.of(Fixtures.signup(PreUserStatus.UNDER_REVIEW, SignupStep.WAIT_FOR_REVIEW));
        };

        var response = api.management().get("/v1/admin/reviews?limit=10", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").get(0).get("signupId").asText()).isEqualTo(Fixtures.SIGNUP.toString());
        assertThat(limit.get()).isEqualTo(10);
        assertThat(api.management().get("/v1/admin/reviews?limit=100000", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void eachReviewDecisionOutcomeHasItsAnswer() {
        String path = "/v1/admin/reviews/" + Fixtures.SIGNUP + "/decision";
        api.stubs.decideReview = command -> new DecideReview.Result.Approved(Fixtures.USER);
        var approved = api.management().post(path, "{\"approve\":true}", ADMIN);
        assertThat(approved.json().get("decision").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("userId").asText()).isEqualTo(Fixtures.USER.toString());

        api.stubs.decideReview = command -> new DecideReview.Result.Rejected();
        assertThat(api.management().post(path, "{\"approve\":false}", ADMIN).json().get("decision").asText()).isEqualTo("REJECTED");

        api.stubs.decideReview = command -> new DecideReview.Result.InvalidState(PreUserStatus.CONVERTED);
        var invalid = api.management().post(path, "{\"approve\":true}", ADMIN);
        assertThat(invalid.status()).isEqualTo(409);
        assertThat(invalid.json().get("signup").get("status").asText()).isEqualTo("CONVERTED");

        api.stubs.decideReview = command -> new DecideReview.Result.NotFound();
        assertThat(api.management().post(path, "{\"approve\":true}", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void theAuditLogIsFilteredBySubject() {
        AtomicReference<Optional<String>> subject = new AtomicReference<>();
        api.stubs.readAuditLog = (s, limit) -> {
            subject.set(s);
            return List.of(new AuditEvent(UUID.fromString("00000000-0000-4000-8000-0000000000e1"), Fixtures.NOW,
                    AuditType.USER_BLOCKED, Fixtures.USER.toString(), Map.of("reason", "fraud")));
        };

        var response = api.management().get("/v1/admin/audit?subject=" + Fixtures.USER + "&limit=5", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").get(0).get("type").asText()).isEqualTo("USER_BLOCKED");
        assertThat(response.json().get("items").get(0).get("details").get("reason").asText()).isEqualTo("fraud");
        assertThat(subject.get()).contains(Fixtures.USER.toString());
    }

    @Test
    void fundingAnswersTheNewBalanceOrTheRefusal() {
        AtomicReference<FundAccount.Command> seen = new AtomicReference<>();
        api.stubs.fundAccount = command -> {
            seen.set(command);
            return new FundAccount.Result.Funded(Money.of(50_000, "EUR"));
        };
        String body = "{\"userId\":\"" + Fixtures.USER + "\",\"amount\":{\"minor\":50000,\"currency\":\"EUR\"}}";

        var funded = api.management().post("/v1/admin/accounts/fund", body, ADMIN);
        assertThat(funded.status()).isEqualTo(200);
        assertThat(funded.json().get("balance").get("minor").asLong()).isEqualTo(50_000);
        assertThat(seen.get()).isEqualTo(new FundAccount.Command(Fixtures.USER, Money.of(50_000, "EUR")));

        api.stubs.fundAccount = command -> new FundAccount.Result.Refused(DepositDenial.BALANCE_CAP);
        var refused = api.management().post("/v1/admin/accounts/fund", body, ADMIN);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("balance_cap");

        api.stubs.fundAccount = command -> new FundAccount.Result.NotFound();
        String other = body.replace(Fixtures.USER.toString(), UserId.of(UUID.randomUUID()).toString());
        assertThat(api.management().post("/v1/admin/accounts/fund", other, ADMIN).status()).isEqualTo(404);
    }

    @Test
    void eachAccountRouteAsksForItsChangeWithTheReason() {
        AtomicReference<ChangeAccountStatus.Command> seen = new AtomicReference<>();
        api.stubs.changeAccountStatus = command -> {
            seen.set(command);
            return new ChangeAccountStatus.Result.Changed(AccountStatus.FROZEN, 0);
        };
        Map<String, ChangeAccountStatus.Change> routes = Map.of("freeze", ChangeAccountStatus.Change.FREEZE,
                "unfreeze", ChangeAccountStatus.Change.UNFREEZE, "close", ChangeAccountStatus.Change.CLOSE);

        routes.forEach((route, change) -> {
            var response = api.management().post(USER_PATH + "/account/" + route, "{\"reason\":\"case 42\"}", ADMIN);

            assertThat(response.status()).as(route).isEqualTo(200);
            assertThat(seen.get()).isEqualTo(new ChangeAccountStatus.Command(Fixtures.USER, change, "case 42"));
        });
    }

    @Test
    void closingSaysHowManySessionsEnded() {
        api.stubs.changeAccountStatus = command -> new ChangeAccountStatus.Result.Changed(AccountStatus.CLOSED, 3);

        var response = api.management().post(USER_PATH + "/account/close", "{\"reason\":\"customer asked\"}", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("userId").asText()).isEqualTo(Fixtures.USER.toString());
        assertThat(response.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(response.json().get("sessionsEnded").asInt()).isEqualTo(3);
    }

    @Test
    void aChangeTheAccountRefusesIs409WithTheReasonAndAnUnknownUserIs404() {
        api.stubs.changeAccountStatus = command -> new ChangeAccountStatus.Result.Refused(AccountStatus.CLOSED, Rejection.ACCOUNT_CLOSED);
        var closed = api.management().post(USER_PATH + "/account/freeze", "{\"reason\":\"x\"}", ADMIN);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("account_closed");

        api.stubs.changeAccountStatus = command -> new ChangeAccountStatus.Result.Refused(AccountStatus.ACTIVE, Rejection.INVALID_STATE);
        assertThat(api.management().post(USER_PATH + "/account/unfreeze", "{\"reason\":\"x\"}", ADMIN).code())
                .isEqualTo("invalid_state");

        api.stubs.changeAccountStatus = command -> new ChangeAccountStatus.Result.NotFound();
        assertThat(api.management().post(USER_PATH + "/account/close", "{\"reason\":\"x\"}", ADMIN).code())
                .isEqualTo("user_not_found");
    }

    @Test
    void anAccountChangeNeedsAReasonAndAUserIdAndNeverReachesTheUseCaseWithout() {
        var noReason = api.management().post(USER_PATH + "/account/freeze", "{}", ADMIN);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");

        var tooLong = api.management().post(USER_PATH + "/account/close", "{\"reason\":\"" + "x".repeat(201) + "\"}", ADMIN);
        assertThat(tooLong.status()).isEqualTo(400);

        var malformed = api.management().post("/v1/admin/users/1-1-1-1-1/account/close", "{\"reason\":\"x\"}", ADMIN);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("userId");
    }

    @Test
    void accountRoutesNeedTheOperatorCredential() {
        var response = api.management().post(USER_PATH + "/account/close", "{\"reason\":\"x\"}",
                "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
    }
}
