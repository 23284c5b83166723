package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;

import org.junit.jupiter.api.Test;

/**
 * The transfer route tells a caller who may not send nothing about who is a customer: the same status and code
 * for a member's number and a stranger's.
 */
class TransferPrivacyE2eTest {
    private final Onboarding onboarding = E2eStack.shared().onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void aCallerWithoutAFreshStepUpGetsTheSameAnswerForACustomerAndForAStranger() {
        Member sender = onboarding.upgradeToFull(onboarding.signUp());
        Member customer = onboarding.signUp();

        ApiResponse toCustomer = transfer(sender, customer.phone(), "to-customer");
        ApiResponse toStranger = transfer(sender, Phones.fresh(), "to-stranger");

        assertProblem(toCustomer, 403, "step_up_required");
        assertProblem(toStranger, toCustomer.status(), toCustomer.code());
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

    private ApiResponse transfer(Member from, String recipientPhone, String key) {
        String body = json("recipientPhone", recipientPhone, "amount", object("minor", 100, "currency", "EUR"));
        return api.post("/v1/transfers", body, "Authorization", bearer(from.accessToken()), "Idempotency-Key", key);
    }
}
