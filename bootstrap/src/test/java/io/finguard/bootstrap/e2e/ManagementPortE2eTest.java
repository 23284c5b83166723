package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static io.finguard.bootstrap.e2e.ProblemAssert.retryAfterSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The running service keeps its operations surface off the public port: health, metrics and the operator API
 * answer on the management port only, each operator request is audited with the caller's address, and one
 * address gets at most 60 operator requests a minute.
 */
class ManagementPortE2eTest {
    private static final String SOME_USER = "00000000-0000-4000-8000-000000000001";
    private final E2eStack stack = E2eStack.shared();

    private String[] operatorCredential() {
        return new String[] {"Authorization", bearer(stack.adminToken())};
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /metrics,",
            "GET, /health/live,",
            "GET, /health/ready,",
            "GET, /v1/admin/audit,",
            "GET, /v1/admin/reviews,",
            "POST, /v1/admin/users/" + SOME_USER + "/block, {\"reason\":\"e2e\"}",
            "POST, /v1/admin/accounts/fund, {}"})
    void theApiPortAnswers404ForHealthMetricsAndTheOperatorApi(String method, String path, String body) {
        ApiResponse response = stack.client().send(method, path, body, operatorCredential());

        assertProblem(response, 404, "not_found");
    }

    @Test
    void theManagementPortServesHealthMetricsAndTheOperatorApi() {
        ApiClient management = stack.management();

        assertThat(management.get("/health/live").status()).isEqualTo(200);
        assertThat(management.get("/health/ready").status()).isEqualTo(200);
        assertThat(management.get("/metrics").body()).contains("http_server_requests_seconds");
        assertThat(management.get("/v1/admin/reviews?limit=1", operatorCredential()).status()).isEqualTo(200);
        assertProblem(management.post("/v1/auth/otp", json("phone", Phones.fresh())), 404, "not_found");
    }

    @Test
    void everyOperatorRequestIsAuditedWithTheCallersAddressWhetherItsCredentialIsRightOrNot() throws SQLException {
        ApiClient operator = stack.management();
        String address = operator.source().getHostAddress();

        assertThat(operator.get("/v1/admin/reviews?limit=1", operatorCredential()).status()).isEqualTo(200);
        assertProblem(operator.get("/v1/admin/audit", "Authorization", bearer("not-the-operator-token")), 401, "invalid_token");

        assertThat(auditRows(address)).containsExactly(
                "ADMIN_REQUEST " + address + " GET /v1/admin/reviews",
                "ADMIN_REQUEST_REFUSED " + address + " GET /v1/admin/audit");
    }

    @Test
    void oneAddressGetsAtMostSixtyOperatorRequestsAMinuteAndOthersGoOn() {
        ApiClient operator = stack.management();
        for (int i = 0; i < 60; i++) {
            assertThat(operator.get("/v1/admin/reviews?limit=1", operatorCredential()).status()).as("request %d", i + 1)
                    .isEqualTo(200);
        }

        ApiResponse limited = operator.get("/v1/admin/reviews?limit=1", operatorCredential());

        assertProblem(limited, 429, "rate_limited");
        assertThat(limited.text("/limit")).isEqualTo("admin_requests");
        assertThat(retryAfterSeconds(limited)).isLessThanOrEqualTo(60);
        assertThat(stack.management().get("/v1/admin/reviews?limit=1", operatorCredential()).status()).isEqualTo(200);
    }

    /** "TYPE subject action" of the audit rows of one subject, oldest first, straight from the database. */
    private List<String> auditRows(String subject) throws SQLException {
        String sql = "SELECT type, subject, details->>'client', details->>'action' FROM audit_log WHERE subject = ? ORDER BY seq";
        List<String> rows = new ArrayList<>();
        try (Connection connection = stack.database(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, subject);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    assertThat(result.getString(3)).isEqualTo(subject);
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(4));
                }
            }
        }
        return rows;
    }
}
