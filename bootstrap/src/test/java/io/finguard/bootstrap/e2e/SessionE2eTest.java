package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refresh-token family over HTTP: every refresh rotates, a retry inside the grace window gets the same
 * successor, presenting an older token is theft (the family dies, audited), and logout ends refresh at once; an access
 * token the instance has verified and cached is refused as soon as its session ends.
 */
class SessionE2eTest {
    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void refreshRotatesGraceRetriesGetTheSameSuccessorAndReuseOfAnOlderTokenRevokesTheFamily() {
        Member member = onboarding.signUp();
        String r0 = member.refreshToken();

        ApiResponse first = onboarding.refresh(r0);
        assertThat(first.status()).isEqualTo(200);
        String r1 = first.text("/tokens/refreshToken");
        assertThat(r1).isNotEqualTo(r0);
        assertThat(first.text("/tokens/accessToken")).isNotEqualTo(member.accessToken());

        // A client that lost the answer retries at once: inside the 10 s grace window it gets the same successor.
        ApiResponse retry = onboarding.refresh(r0);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text("/tokens/refreshToken")).isEqualTo(r1);

        ApiResponse second = onboarding.refresh(r1);
        assertThat(second.status()).isEqualTo(200);
        String r2 = second.text("/tokens/refreshToken");
        assertThat(r2).isNotIn(r0, r1);

        // r0 is now older than the previous token: reuse whatever the clock says, so no waiting is needed.
        assertProblem(onboarding.refresh(r0), 401, "token_reused");
        assertProblem(onboarding.refresh(r2), 401, "session_revoked");
        assertProblem(onboarding.refresh(r1), 401, "session_revoked");

        ApiResponse audit = onboarding.operator().get("/v1/admin/audit?subject=" + member.userId(),
                "Authorization", onboarding.adminBearer());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(types(audit.json())).contains("TOKEN_REUSE_DETECTED", "SESSION_REFRESHED");
    }

    @Test
    void anUnknownRefreshTokenIsRefusedAndAfterLogoutTheRealOneIsRefusedToo() {
        Member member = onboarding.signUp();
        assertProblem(onboarding.refresh(member.refreshToken() + "x"), 401, "token_unknown");
        ApiResponse stillAlive = onboarding.refresh(member.refreshToken());
        assertThat(stillAlive.status()).isEqualTo(200);
        Member current = member.withTokensOf(stillAlive.json());

        ApiResponse logout = api.post("/v1/auth/logout", null, "Authorization", bearer(current.accessToken()));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.body()).isEmpty();
        assertProblem(onboarding.refresh(current.refreshToken()), 401, "session_revoked");
    }

    @Test
    void anAccessTokenAlreadyVerifiedAndCachedIsRefusedAfterLogoutAndAfterAnOperatorBlockWithinTheRevocationPromise() {
        Member member = onboarding.signUp();
        for (int i = 0; i < 3; i++) { // the first read verifies the signature; the others are served from the cache
            assertThat(api.get("/v1/me", "Authorization", bearer(member.accessToken())).status()).isEqualTo(200);
        }
        ApiResponse logout = api.post("/v1/auth/logout", null, "Authorization", bearer(member.accessToken()));
        assertThat(logout.status()).isEqualTo(204);
        assertThat(refusedWithin(member)).isLessThan(Duration.ofSeconds(1));
        assertProblem(api.get("/v1/me", "Authorization", bearer(member.accessToken())), 401, "session_revoked");

        Member blocked = onboarding.signUp();
        assertThat(api.get("/v1/me", "Authorization", bearer(blocked.accessToken())).status()).isEqualTo(200);
        Onboarding.expect(onboarding.operator().post("/v1/admin/users/" + blocked.userId() + "/block",
                ApiClient.json("reason", "fraud report"), "Authorization", onboarding.adminBearer()), 200);
        assertThat(refusedWithin(blocked)).isLessThan(Duration.ofSeconds(1));
        assertProblem(api.get("/v1/me", "Authorization", bearer(blocked.accessToken())), 401, "session_revoked");
    }

    /** The end is announced through PostgreSQL and heard by this instance's listener a moment after the commit. */
    private Duration refusedWithin(Member member) {
        long ended = System.nanoTime();
        while (api.get("/v1/me", "Authorization", bearer(member.accessToken())).status() != 401) {
            if (System.nanoTime() - ended > Duration.ofSeconds(10).toNanos()) {
                throw new AssertionError("the ended session's cached token was still accepted 10 s later");
            }
        }
        return Duration.ofNanos(System.nanoTime() - ended);
    }

    private static List<String> types(JsonNode audit) {
        List<String> types = new ArrayList<>();
        audit.get("items").forEach(item -> types.add(item.get("type").asText()));
        return types;
    }
}
