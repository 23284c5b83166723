package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Operators freeze, unfreeze and close accounts on the management port: a frozen account sends nothing until it is
 * unfrozen, and closing ends every session at once and is final.
 */
class AccountStatusE2eTest {
    private final Onboarding onboarding = E2eStack.shared().onboarding();
    private final ApiClient api = onboarding.api();
    private final ApiClient operator = onboarding.operator();

    @Test
    void aFrozenAccountSendsNothingUntilAnOperatorUnfreezesIt() {
        Member sender = onboarding.stepUp(onboarding.upgradeToFull(onboarding.signUp()));
        onboarding.fund(sender, 10_000);
        Member recipient = onboarding.signUp();

        ApiResponse frozen = change(sender, "freeze");
        assertThat(frozen.status()).isEqualTo(200);
        assertThat(frozen.text("/status")).isEqualTo("FROZEN");
        assertProblem(transfer(sender, recipient, "while-frozen"), 403, "account_not_active");
        assertProblem(change(sender, "freeze"), 409, "invalid_state");

        assertThat(change(sender, "unfreeze").text("/status")).isEqualTo("ACTIVE");
        assertThat(transfer(sender, recipient, "after-unfreeze").status()).isEqualTo(201);
        assertThat(balance(recipient)).isEqualTo("100");
    }

    @Test
    void closingEndsEverySessionAndRefusesEveryLaterChange() {
        Member member = onboarding.signUp();

        ApiResponse closed = change(member, "close");

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("/status")).isEqualTo("CLOSED");
        assertThat(closed.json().get("sessionsEnded").asInt()).isEqualTo(1);
        assertProblem(onboarding.refresh(member.refreshToken()), 401, "session_revoked");
        assertProblem(change(member, "unfreeze"), 409, "account_closed");
        assertProblem(change(member, "freeze"), 409, "account_closed");
        assertProblem(change(member, "close"), 409, "account_closed");
    }

    private ApiResponse change(Member member, String action) {
        return operator.post("/v1/admin/users/" + member.userId() + "/account/" + action, json("reason", "e2e: case 42"),
                "Authorization", onboarding.adminBearer());
    }

    private ApiResponse transfer(Member sender, Member recipient, String key) {
        return new Payments(api).pay(sender, recipient.phone(), 100, key);
    }

    private String balance(Member member) {
        return api.get("/v1/me", "Authorization", bearer(member.accessToken())).text("/balance/minor");
    }
}
