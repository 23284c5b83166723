package io.finguard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer of the API shares (RFC 9457 problem, stable code, request id, security headers). */
final class ProblemAssert {
    private ProblemAssert() {
    }

    /** Asserts the answer is a problem with this status and code, and returns it for further checks. */
    static ApiResponse assertProblem(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response + " " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as("content type of " + response).startsWith("application/problem+json");
        assertThat(response.code()).as("code of " + response).isEqualTo(code);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.text("/type")).isEqualTo("urn:finguard:problem:" + code);
        String requestId = response.header("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id on " + response));
        assertThat(response.text("/requestId")).isEqualTo(requestId);
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("io.finguard.");
        return response;
    }

    /** A 429 or 503 also tells the client when to come back: a whole number of seconds, at least one. */
    static long retryAfterSeconds(ApiResponse response) {
        String value = response.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After on " + response));
        long seconds = Long.parseLong(value);
        assertThat(seconds).isPositive();
        return seconds;
    }
}
