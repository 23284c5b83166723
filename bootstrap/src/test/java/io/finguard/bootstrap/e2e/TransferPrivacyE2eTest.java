package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static io.finguard.bootstrap.e2e.ProblemAssert.retryAfterSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.policy.RateLimits;
import org.junit.jupiter.api.Test;

/**
 * The transfer route tells a caller who may not send nothing about who is a customer (the same status and code
 * for a member's number and a stranger's), and it is limited per user: past the cap, 429 with Retry-After.
 */
class TransferPrivacyE2eTest {
    private static final int TRANSFERS_PER_USER = RateLimits.defaults().userTransfers().max();

    private final Onboarding onboarding = E2eStack.shared().onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void aCallerWithoutAFreshStepUpGetsTheSameAnswerForACustomerAndForAStranger() {
        Member sender = onboarding.upgradeToFull(onboarding.signUp());
        Member customer = onboarding.signUp();

        ApiResponse toCustomer = transfer(sender, customer.phone(), "to-customer");
        ApiResponse toStranger = transfer(sender, Phones.fresh(), "to-stranger");

        // Issue 13 dropped the fresh step-up for money: this unfunded FULL sender is refused for its funds (which it
        // knows), a stranger's number is not found. What it learns is bounded by the per-user transfer cap below.
        assertProblem(toCustomer, 422, "insufficient_funds");
        assertProblem(toStranger, 404, "recipient_not_found");
    }

    @Test
    void aLimitedCallerGetsTheSameAnswerForACustomerAndForAStranger() {
        Member sender = onboarding.signUp();
        Member customer = onboarding.signUp();

        ApiResponse toCustomer = transfer(sender, customer.phone(), "to-customer");
        ApiResponse toStranger = transfer(sender, Phones.fresh(), "to-stranger");

        assertProblem(toCustomer, 403, "insufficient_tier");
        assertProblem(toStranger, toCustomer.status(), toCustomer.code());
    }

    @Test
    void pastThePerUserCapTheTransferRouteAnswers429WithRetryAfter() {
        Member sender = onboarding.upgradeToFull(onboarding.signUp());
        for (int i = 1; i <= TRANSFERS_PER_USER; i++) {
            assertThat(transfer(sender, Phones.fresh(), "probe-" + i).status()).as("attempt %d", i).isEqualTo(404);
        }

        ApiResponse refused = assertProblem(transfer(sender, Phones.fresh(), "probe-over"), 429, "rate_limited");

        assertThat(refused.text("/limit")).isEqualTo("user_transfers");
        assertThat(retryAfterSeconds(refused)).isPositive();
        Member other = onboarding.upgradeToFull(onboarding.signUp());
        assertProblem(transfer(other, Phones.fresh(), "probe-1"), 404, "recipient_not_found");
    }

    private ApiResponse transfer(Member from, String recipientPhone, String key) {
        String body = json("recipientPhone", recipientPhone, "amount", object("minor", 100, "currency", "EUR"));
        return api.post("/v1/transfers", body, "Authorization", bearer(from.accessToken()), "Idempotency-Key", key);
    }
}
