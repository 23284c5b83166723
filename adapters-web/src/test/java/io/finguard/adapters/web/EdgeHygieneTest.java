package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.out.DependencyUnavailableException;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input hygiene and the answers every route shares: problem shape, headers, request ids, failures. */
class EdgeHygieneTest extends RouteTest {
    private static final String PHONE_BODY = "{\"phone\":\"+4915112345678\"}";
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void reset() {
        api.stubs.requestOtp = command -> {
            calls.incrementAndGet();
            return new RequestOtp.Result.Sent(ChallengeId.parse("00000000-0000-4000-8000-0000000000c1"),
                    Duration.ofMinutes(5), Duration.ofSeconds(30));
        };
    }

    @Test
    void anUnknownMemberSuchAsTierIsRefusedAndNamedNotBound() {
        var response = api.post("/v1/auth/otp", "{\"phone\":\"+4915112345678\",\"tier\":\"FULL\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("tier");
        assertThat(calls).hasValue(0);
    }

    @Test
    void anUnknownNestedMemberIsNamedWithItsPath() {
        api.stubs.authenticate.signupTickets.put(Fixtures.SIGNUP_TICKET, Fixtures.SIGNUP);
        var response = api.put("/v1/signup/profile", "{\"firstName\":\"Ada\",\"lastName\":\"L\",\"address\":{\"line1\":\"x\","
                + "\"city\":\"y\",\"postalCode\":\"1\",\"country\":\"DE\",\"admin\":true}}",
                "Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("address.admin");
    }

    @Test
    void duplicateKeysAreRefusedNamingTheKey() {
        var response = api.post("/v1/auth/otp", "{\"phone\":\"+4915112345678\",\"phone\":\"+4915199999999\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
        assertThat(calls).hasValue(0);
    }

    @Test
    void aNumberWhereAStringBelongsIsRefusedNamingTheField() {
        var response = api.post("/v1/auth/otp", "{\"phone\":4915112345678}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("phone");
        assertThat(calls).hasValue(0);
    }

    @Test
    void malformedJsonIs400WithoutEchoingTheInput() {
        var response = api.post("/v1/auth/otp", "{\"phone\": \"+49151SECRET");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("malformed_json");
        assertThat(response.body()).doesNotContain("SECRET");
    }

    @Test
    void trailingContentAfterTheObjectIsRefused() {
        var response = api.post("/v1/auth/otp", PHONE_BODY + "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(calls).hasValue(0);
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        var response = api.post("/v1/auth/otp", "[\"+4915112345678\"]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
    }

    @Test
    void anOversizedBodyIs413BeforeAnyUseCaseRuns() {
        String huge = "{\"phone\":\"" + "1".repeat(20 * 1024) + "\"}";

        var response = api.post("/v1/auth/otp", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("payload_too_large");
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(calls).hasValue(0);
    }

    /**
     * The answer must reach a client that is still sending: refusing before the body is read and closing at once made
     * the client see a reset instead of the 413 (seen by the junk-body property test on a 17-20 KiB body).
     */
    @ParameterizedTest(name = "{0} KiB")
    @ValueSource(ints = {17, 64, 256, 1000})
    void aClientStillSendingAnOversizedBodyReceivesThe413(int kib) {
        String huge = "{\"phone\":\"" + "1".repeat(kib * 1024) + "\"}";
        for (int attempt = 0; attempt < 20; attempt++) {
            var response = api.post("/v1/auth/otp", huge);

            assertThat(response.status()).as("attempt %d", attempt).isEqualTo(413);
            assertThat(response.code()).isEqualTo("payload_too_large");
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void anOversizedChunkedBodyWithoutContentLengthIsCutOffWith413() {
        byte[] huge = ("{\"phone\":\"" + "1".repeat(40 * 1024) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(api.uri("/v1/auth/otp")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();

        var response = api.exchange("POST", "/v1/auth/otp", request);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("payload_too_large");
        assertThat(calls).hasValue(0);
    }

    @Test
    void aBodyJustUnderTheCapIsAccepted() {
        String padding = " ".repeat(WebConfig.DEFAULT_MAX_BODY_BYTES - PHONE_BODY.length() - 1);

        var response = api.post("/v1/auth/otp", PHONE_BODY + padding);

        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        var response = api.post("/v1/auth/otp", "phone=+4915112345678", "Content-Type", "application/x-www-form-urlencoded");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.code()).isEqualTo("unsupported_media_type");
        assertThat(calls).hasValue(0);
    }

    @Test
    void jsonWithACharsetParameterIsStillJson() {
        var response = api.post("/v1/auth/otp", PHONE_BODY, "Content-Type", "application/json; charset=utf-8");

        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersErrorsIncluded() {
        for (var response : new TestApi.Response[] {api.post("/v1/auth/otp", PHONE_BODY), api.post("/v1/auth/otp", "{"),
                api.get("/v1/me"), api.get("/no/such/route"), api.management().get("/health/live")}) {
            assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.header("Cache-Control")).contains("no-store");
            assertThat(response.header("X-Frame-Options")).contains("DENY");
            assertThat(response.header("Referrer-Policy")).contains("no-referrer");
            assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'"));
            assertThat(response.header("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
            assertThat(response.header("Server")).isEmpty();
        }
    }

    @Test
    void aWellFormedClientRequestIdIsEchoed() {
        var response = api.post("/v1/auth/otp", "{", "X-Request-Id", "trace-abc-123");

        assertThat(response.header("X-Request-Id")).contains("trace-abc-123");
        assertThat(response.json().get("requestId").asText()).isEqualTo("trace-abc-123");
    }

    @Test
    void anIllFormedOrOverlongRequestIdIsReplacedWithAGeneratedOne() {
        for (String offered : new String[] {"bad id with spaces", "x".repeat(65), "<script>"}) {
            var response = api.management().get("/health/live", "X-Request-Id", offered);

            assertThat(response.header("X-Request-Id")).hasValueSatisfying(id -> {
                assertThat(id).isNotEqualTo(offered).matches("[A-Za-z0-9-]{1,64}");
            });
        }
    }

    @Test
    void generatedRequestIdsDifferPerRequest() {
        String first = api.management().get("/health/live").header("X-Request-Id").orElseThrow();
        String second = api.management().get("/health/live").header("X-Request-Id").orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aDependencyOutageIs503WithRetryAfter() {
        api.stubs.requestOtp = command -> {
            throw new DependencyUnavailableException("redis", Duration.ofSeconds(7), new RuntimeException("connection refused"));
        };

        var response = api.post("/v1/auth/otp", PHONE_BODY);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.code()).isEqualTo("service_unavailable");
        assertThat(response.header("Retry-After")).contains("7");
        assertThat(response.body()).doesNotContain("redis").doesNotContain("connection refused");
    }

    @Test
    void aBugIs500WithNoDetailOrStackTrace() {
        api.stubs.requestOtp = command -> {
            throw new IllegalStateException("secret internals at com.example.Foo");
        };

        var response = api.post("/v1/auth/otp", PHONE_BODY);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.code()).isEqualTo("internal_error");
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException")
                .doesNotContain("at io.finguard").doesNotContain("Exception");
    }

    @Test
    void anErrorThatIsNotAnExceptionIsStillABare500Problem() {
        api.stubs.requestOtp = command -> {
            throw new StackOverflowError("deep internals");
        };

        var response = api.post("/v1/auth/otp", PHONE_BODY, "X-Request-Id", "err-1");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.code()).isEqualTo("internal_error");
        assertThat(response.json().get("requestId").asText()).isEqualTo("err-1");
        assertThat(response.body()).doesNotContain("deep internals").doesNotContain("StackOverflow");
    }

    @Test
    void problemsHaveTheRfc9457ShapeAndMediaType() {
        var response = api.post("/v1/auth/otp", "{}", "X-Request-Id", "shape-1");

        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var body = response.json();
        assertThat(body.get("type").asText()).isEqualTo("urn:finguard:problem:validation_failed");
        assertThat(body.get("title").asText()).isEqualTo("Bad Request");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("requestId").asText()).isEqualTo("shape-1");
        assertThat(body.get("errors").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        var response = api.get("/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("not_found");
    }

    @Test
    void aKnownPathWithTheWrongMethodIs405Problem() {
        var response = api.get("/v1/auth/otp");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.code()).isEqualTo("method_not_allowed");
    }

    @Test
    void handlersRunOnVirtualThreads() {
        AtomicInteger virtual = new AtomicInteger();
        api.stubs.requestOtp = command -> {
            if (Thread.currentThread().isVirtual()) {
                virtual.incrementAndGet();
            }
            return new RequestOtp.Result.Sent(ChallengeId.parse("00000000-0000-4000-8000-0000000000c1"),
                    Duration.ofMinutes(5), Duration.ofSeconds(30));
        };

        api.post("/v1/auth/otp", PHONE_BODY);

        assertThat(virtual).hasValue(1);
    }
}
