package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The routes about the service itself, as the running composition root serves them. */
class OpsE2eTest {
    private final E2eStack stack = E2eStack.shared();
    private final ApiClient api = stack.client();
    private final ApiClient management = stack.management();

    @Test
    void theContractIsServedAndNamesTheRoutesOfTheJourneys() {
        ApiResponse document = api.get("/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/json");
        JsonNode openApi = document.json();
        assertThat(openApi.get("openapi").asText()).startsWith("3.1");
        List<String> paths = new ArrayList<>();
        openApi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/v1/auth/otp", "/v1/auth/otp/verify", "/v1/signup", "/v1/signup/credentials",
                "/v1/signup/profile", "/v1/signup/submit", "/v1/auth/step-up", "/v1/auth/refresh", "/v1/auth/logout", "/v1/me",
                "/v1/kyc", "/v1/transfers", "/.well-known/jwks.json", "/health/ready", "/metrics");
        assertThat(openApi.at("/servers/0/url").asText()).isEqualTo(ServeSettings.ISSUER);
    }

    @Test
    void theDocsPageLoadsSwaggerUiFromTheBundledWebjar() {
        ApiResponse page = api.get("/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("/openapi.json");
        Matcher bundle = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(page.body());
        assertThat(bundle.find()).as("the page names the Swagger UI bundle").isTrue();
        assertThat(bundle.group(1)).doesNotContain("missing");
        ApiResponse script = api.get(bundle.group(1));
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body().length()).isGreaterThan(100_000);
    }

    @Test
    void theJwksPublishesTheKeyThatSignsAccessTokensAndNoPrivatePart() {
        Member member = stack.onboarding().signUp();
        String kid = JwtParts.header(member.accessToken()).get("kid").asText();

        ApiResponse jwks = api.get("/.well-known/jwks.json");

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.contentType()).startsWith("application/json");
        List<String> kids = new ArrayList<>();
        jwks.json().get("keys").forEach(key -> {
            kids.add(key.get("kid").asText());
            assertThat(key.get("kty").asText()).isEqualTo("EC");
            assertThat(key.get("crv").asText()).isEqualTo("P-256");
            assertThat(key.has("d")).as("private key material").isFalse();
        });
        assertThat(kids).contains(kid);
    }

    @Test
    void metricsExposeRequestLatencyHistogramsAndOtpSends() {
        assertThat(api.post("/v1/auth/otp", json("phone", Phones.fresh())).status()).isEqualTo(202);

        ApiResponse metrics = management.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*route=\"/v1/auth/otp\"[^}]*\\}")
                .containsPattern("otp_sends_total\\{[^}]*outcome=\"sent\"[^}]*\\} [1-9]");
        assertThat(metrics.body()).doesNotContain("+49151");
    }

    @Test
    void livenessAndReadinessAreUpWithBothDependencies() {
        ApiResponse live = management.get("/health/live");
        ApiResponse ready = management.get("/health/ready");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.text("/status")).isEqualTo("UP");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.text("/checks/postgresql")).isEqualTo("UP");
        assertThat(ready.text("/checks/redis")).isEqualTo("UP");
        assertThat(ready.header("X-Request-Id")).isPresent();
    }
}
