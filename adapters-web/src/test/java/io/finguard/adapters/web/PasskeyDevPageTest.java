package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dev mode's passkey page: served only when asked for, its script from the same origin, no inline script allowed. */
class PasskeyDevPageTest {
    private static TestApi api;

    @BeforeAll
    static void startWithTheDevPage() {
        api = TestApi.start(config -> config.withPasskeys(new WebConfig.PasskeyWeb("localhost", true)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void thePageLoadsItsScriptFromThisOriginUnderACspWithoutInlineScript() {
        TestApi.Response page = api.get("/dev/passkeys.html");
        TestApi.Response script = api.get("/dev/passkeys.js");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script src=\"/dev/passkeys.js\"></script>");
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self';").contains("connect-src 'self'"));
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("navigator.credentials.create").contains("window.finguard");
    }
}
