package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.testsupport.SharedRedis;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two FinGuard instances behind one proxy, sharing PostgreSQL and Redis: a DPoP proof accepted by one is a replay for
 * the other (its jti is spent in Redis), and both check htu against the public base URL, not their own ports.
 */
class DpopReplayAcrossInstancesE2eTest {
    private static E2eStack first;
    private static E2eStack second;

    @BeforeAll
    static void twoInstancesOnOneDatabaseAndOneRedis() {
        E2eDatabase database = E2eDatabase.fresh();
        String redis = SharedRedis.shared().url();
        first = E2eStack.start(database.jdbcUrl(), database.user(), database.password(), redis, List.of(database));
        second = E2eStack.start(database.jdbcUrl(), database.user(), database.password(), redis, List.of());
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aProofTheFirstInstanceAcceptedIsRefusedAsAReplayByTheSecond() {
        DpopClient key = DpopClient.generate();
        // Behind the proxy the client addressed the public URL (the issuer here), whichever instance answers.
        String proof = key.proof("POST", ServeSettings.ISSUER + "/v1/auth/refresh");
        String body = json("refreshToken", "no-such-refresh-token-" + System.nanoTime());

        ApiResponse atFirst = first.proxy().post("/v1/auth/refresh", body, "X-Forwarded-For", "198.51.100.23", "DPoP", proof);
        ApiResponse atSecond = second.proxy().post("/v1/auth/refresh", body, "X-Forwarded-For", "198.51.100.23", "DPoP", proof);
        ApiResponse fresh = second.proxy().post("/v1/auth/refresh", body, "X-Forwarded-For", "198.51.100.23",
                "DPoP", key.proof("POST", ServeSettings.ISSUER + "/v1/auth/refresh"));

        assertThat(atFirst.status()).as("the proof passed; the unknown token did not").isEqualTo(401);
        assertThat(atFirst.text("/code")).isEqualTo("token_unknown");
        assertProblem(atSecond, 400, "invalid_dpop_proof");
        assertThat(atSecond.text("/detail")).contains("already used");
        assertThat(fresh.text("/code")).isEqualTo("token_unknown");
    }

    @Test
    void withoutTheProxyAProofNamingThePublicUrlIsForAnotherUrl() {
        DpopClient key = DpopClient.generate();
        ApiResponse direct = first.client().post("/v1/auth/refresh", json("refreshToken", "x"),
                "DPoP", key.proof("POST", ServeSettings.ISSUER + "/v1/auth/refresh"));

        assertProblem(direct, 400, "invalid_dpop_proof");
    }
}
