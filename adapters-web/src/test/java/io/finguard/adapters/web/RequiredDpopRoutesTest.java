package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FINGUARD_REQUIRE_DPOP: no session without a key, so Bearer tokens and proof-less logins are refused. */
class RequiredDpopRoutesTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(config -> config.withRequireDpop(true));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anUnboundBearerTokenIsRefusedOnEveryRoute() {
        var response = api.get("/v1/me", "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("DPoP "));
    }

    @Test
    void aLoginWithoutAProofIsRefusedBeforeTheCodeIsChecked() {
        var response = api.post("/v1/auth/otp/verify", "{\"challengeId\":\"" + java.util.UUID.randomUUID() + "\",\"code\":\"123456\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("invalid_dpop_proof");
    }
}
