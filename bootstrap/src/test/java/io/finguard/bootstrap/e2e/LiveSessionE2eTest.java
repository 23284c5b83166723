package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Money and credentials move only for an ACTIVE user whose session is still live: an AAL2 access token that has
 * not expired yet stops moving money the moment its user is blocked or its session is logged out.
 */
class LiveSessionE2eTest {
    private final Onboarding onboarding = E2eStack.shared().onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void aBlockedUsersStrongTokenNeitherSendsMoneyNorChangesCredentials() {
        Member sender = fundedAal2Member();
        Member recipient = onboarding.signUp();

        ApiResponse blocked = onboarding.operator().post("/v1/admin/users/" + sender.userId() + "/block", json("reason", "e2e: fraud"),
                "Authorization", onboarding.adminBearer());
        assertThat(blocked.status()).isEqualTo(200);

        // At once: the use case locks the user and refuses (403 user_blocked), unless the edge has already heard the
        // announced end (401 session_revoked); a token served from the verified-token cache reaches the use case
        // sooner, so either refusal can come first. No money moves either way.
        assertThat(transfer(sender, recipient, "blocked-1").status()).isIn(401, 403);
        assertThat(balance(recipient)).isEqualTo("0");
        // Within the revocation promise (ADR 0011, 1 s) the edge refuses the token before any use case runs.
        assertThat(heardWithin(sender)).isLessThan(Duration.ofSeconds(1));
        assertProblem(transfer(sender, recipient, "blocked-2"), 401, "session_revoked");
        assertProblem(changePin(sender), 401, "session_revoked");
        assertThat(balance(recipient)).isEqualTo("0");
    }

    @Test
    void afterLogoutEverywhereTheStrongTokenNeitherSendsMoneyNorChangesCredentials() {
        Member sender = fundedAal2Member();
        Member recipient = onboarding.signUp();
        assertThat(transfer(sender, recipient, "before-logout").status()).isEqualTo(201);

        ApiResponse logout = api.post("/v1/auth/logout?scope=all", null, "Authorization", bearer(sender.accessToken()));
        assertThat(logout.status()).isEqualTo(204);

        assertProblem(transfer(sender, recipient, "after-logout"), 401, "session_revoked");
        assertProblem(changePin(sender), 401, "session_revoked");
        assertThat(balance(recipient)).isEqualTo("100");
    }

    /** FULL (so transfer:create), stepped up with the PIN (so AAL2, fresh), with 10.000 EUR minor units. */
    private Member fundedAal2Member() {
        Member member = onboarding.stepUp(onboarding.upgradeToFull(onboarding.signUp()));
        onboarding.fund(member, 10_000);
        return member;
    }

    /** How long after the call that ended the session the edge took to refuse its token (GET /v1/me answers 401). */
    private Duration heardWithin(Member member) {
        long ended = System.nanoTime();
        while (api.get("/v1/me", "Authorization", bearer(member.accessToken())).status() != 401) {
            if (System.nanoTime() - ended > Duration.ofSeconds(10).toNanos()) {
                throw new AssertionError("the ended session was still accepted at the edge 10 s later");
            }
        }
        return Duration.ofNanos(System.nanoTime() - ended);
    }

    private ApiResponse transfer(Member sender, Member recipient, String key) {
        return new Payments(api).pay(sender, recipient.phone(), 100, key);
    }

    private ApiResponse changePin(Member member) {
        return api.put("/v1/me/credentials", json("pin", Onboarding.newPin(member.phone())),
                "Authorization", bearer(member.accessToken()));
    }

    private String balance(Member member) {
        return api.get("/v1/me", "Authorization", bearer(member.accessToken())).text("/balance/minor");
    }
}
