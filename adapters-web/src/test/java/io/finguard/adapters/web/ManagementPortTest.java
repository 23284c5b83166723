package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.in.AdmitOperator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Health, metrics and the operator API live on the management port; the public API port does not know them. */
class ManagementPortTest extends RouteTest {
    private static final String[] ADMIN = {"Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN)};

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /metrics,",
            "GET, /health/live,",
            "GET, /health/ready,",
            "GET, /v1/admin/audit,",
            "GET, /v1/admin/reviews,",
            "POST, /v1/admin/users/00000000-0000-4000-8000-000000000001/block, {\"reason\":\"x\"}",
            "POST, /v1/admin/users/00000000-0000-4000-8000-000000000001/account/freeze, {\"reason\":\"x\"}",
            "POST, /v1/admin/users/00000000-0000-4000-8000-000000000001/account/unfreeze, {\"reason\":\"x\"}",
            "POST, /v1/admin/users/00000000-0000-4000-8000-000000000001/account/close, {\"reason\":\"x\"}",
            "POST, /v1/admin/accounts/fund, {}",
            "POST, /v1/admin/kyc/kyc-ref-9/decision, {\"verified\":true}"})
    void theApiPortAnswers404ForOperationsRoutesEvenWithTheOperatorCredential(String method, String path, String body) {
        var response = api.send(method, path, body, ADMIN);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
    }

    @Test
    void theManagementPortServesHealthAndMetrics() {
        assertThat(api.management().get("/health/live").status()).isEqualTo(200);
        assertThat(api.management().get("/health/ready").status()).isEqualTo(200);
        var metrics = api.management().get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds");
    }

    @ParameterizedTest
    @CsvSource({"POST, /v1/auth/otp", "GET, /openapi.json", "GET, /docs", "GET, /.well-known/jwks.json", "GET, /v1/me"})
    void theManagementPortServesNothingOfThePublicApi(String method, String path) {
        assertThat(api.management().send(method, path, null).status()).isEqualTo(404);
    }

    @Test
    void anOperatorRequestIsAdmittedWithTheCallersAddressAndTheRouteItAsksFor() {
        AtomicReference<AdmitOperator.Command> seen = new AtomicReference<>();
        api.stubs.admitOperator = command -> {
            seen.set(command);
            return new AdmitOperator.Result.Admitted();
        };
        api.stubs.readAuditLog = (subject, limit) -> List.of();

        var response = api.management().get("/v1/admin/audit?limit=5", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new AdmitOperator.Command(
                new io.finguard.domain.model.ClientAddress("127.0.0.1"), "GET /v1/admin/audit", true));
    }

    @Test
    void aRequestWithoutTheCredentialIsStillCountedAndAudited() {
        AtomicReference<AdmitOperator.Command> seen = new AtomicReference<>();
        api.stubs.admitOperator = command -> {
            seen.set(command);
            return new AdmitOperator.Result.Unauthenticated();
        };

        var response = api.management().get("/v1/admin/reviews");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("invalid_token");
        assertThat(seen.get().credentialValid()).isFalse();
        assertThat(seen.get().action()).isEqualTo("GET /v1/admin/reviews");
    }

    @Test
    void aLimitedCallerGets429WithRetryAfterAndNoOperatorWorkIsDone() {
        api.stubs.admitOperator = command -> new AdmitOperator.Result.Limited(Duration.ofSeconds(42));

        var response = api.management().post("/v1/admin/users/" + Fixtures.USER + "/block", "{\"reason\":\"x\"}", ADMIN);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("rate_limited");
        assertThat(response.json().get("limit").asText()).isEqualTo("admin_requests");
        assertThat(response.header("Retry-After")).contains("42");
    }
}
