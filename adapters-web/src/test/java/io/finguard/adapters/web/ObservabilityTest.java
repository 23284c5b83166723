package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.Tier;
import io.finguard.domain.policy.StepUpReason;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.policy.Limit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Metrics per route and outcome, and one access line per request that carries the request id and no secrets. */
class ObservabilityTest {
    private static final String PHONE = "+4915112345678";
    private TestApi api;
    /** Captures the MDC when the line is logged, as a real appender would, not when the test reads it. */
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };
    private final List<Logger> watched = List.of((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME),
            (Logger) LoggerFactory.getLogger("io.finguard.adapters.web.access"));

    @BeforeEach
    void start() {
        MeterBinder hashPool = registry -> io.micrometer.core.instrument.Gauge.builder("hash_pool_wait_seconds", () -> 0.25)
                .strongReference(true).register(registry);
        api = TestApi.start(config -> config.withMeterBinders(List.of(hashPool)));
        logs.start();
        watched.forEach(logger -> logger.addAppender(logs));
    }

    @AfterEach
    void stop() {
        watched.forEach(logger -> logger.detachAppender(logs));
        api.close();
    }

    private double counter(String name, String tag, String value) {
        MeterRegistry registry = api.registry;
        var counter = registry.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void otpSendsLoginsAndRateLimitDenialsAreCountedByOutcome() {
        api.stubs.requestOtp = command -> new RequestOtp.Result.Sent(ChallengeId.parse("00000000-0000-4000-8000-0000000000c1"),
                Duration.ofMinutes(5), Duration.ofSeconds(30));
        api.post("/v1/auth/otp", "{\"phone\":\"" + PHONE + "\"}");
        api.post("/v1/auth/otp", "{\"phone\":\"" + PHONE + "\"}");
        api.stubs.requestOtp = command -> new RequestOtp.Result.Throttled(Limit.OTP_PHONE_BURST, Duration.ofSeconds(60));
        api.post("/v1/auth/otp", "{\"phone\":\"" + PHONE + "\"}");
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.Proven(new LoginResult.StepUpRequired(Tier.FULL,
                Fixtures.ticket("t"), Set.of(StepUpReason.NEW_DEVICE)));
        api.post("/v1/auth/otp/verify", "{\"challengeId\":\"c\",\"code\":\"123456\"}");
        api.stubs.stepUp = command -> new StepUp.Result.Locked(Duration.ofMinutes(15));
        api.post("/v1/auth/step-up", "{\"method\":\"pin\",\"secret\":\"914730\"}", "Authorization",
                TestApi.bearer(Fixtures.STEP_UP_TICKET));

        assertThat(counter("otp.sends", "outcome", "sent")).isEqualTo(2);
        assertThat(counter("otp.sends", "outcome", "throttled")).isEqualTo(1);
        assertThat(counter("logins", "authState", "STEP_UP_REQUIRED")).isEqualTo(1);
        assertThat(counter("rate.limit.denials", "limit", "otp_phone_burst")).isEqualTo(1);
        assertThat(counter("rate.limit.denials", "limit", "step_up_locked")).isEqualTo(1);
        String scrape = api.management().get("/metrics").body();
        assertThat(scrape).contains("otp_sends_total{outcome=\"sent\"} 2.0").contains("logins_total{authState=\"STEP_UP_REQUIRED\"}")
                .contains("rate_limit_denials_total{limit=\"otp_phone_burst\"}").contains("hash_pool_wait_seconds 0.25");
    }

    @Test
    void latencyIsRecordedPerRouteTemplateAndStatusNotPerRawPath() {
        api.management().get("/v1/admin/users/" + Fixtures.USER + "/block");
        api.management().post("/v1/admin/users/" + Fixtures.USER + "/block", "{\"reason\":\"x\"}");
        api.get("/random/" + java.util.UUID.randomUUID());

        var timer = api.registry.find("http.server.requests").tag("route", "/v1/admin/users/{userId}/block")
                .tag("status", "401").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(api.registry.find("http.server.requests").tag("route", "unmatched").timer()).isNotNull();
        assertThat(api.registry.getMeters()).noneMatch(meter -> String.valueOf(meter.getId().getTag("route")).contains(Fixtures.USER.toString()));
    }

    @Test
    void eachRequestLogsOneAccessLineWithItsRequestIdAndNoSecrets() {
        api.stubs.verifyOtp = command -> new VerifyOtp.Result.WrongCode(4);
        api.stubs.requestOtp = command -> new RequestOtp.Result.Throttled(Limit.OTP_IP_SENDS, Duration.ofSeconds(5));

        api.post("/v1/auth/otp/verify", "{\"challengeId\":\"c-1\",\"code\":\"987654\"}", "X-Request-Id", "req-log-1",
                "Authorization", TestApi.bearer("secret-bearer-value"));
        api.post("/v1/auth/otp", "{\"phone\":\"" + PHONE + "\"}", "X-Request-Id", "req-log-2");

        List<ILoggingEvent> access = logs.list.stream().filter(e -> e.getLoggerName().endsWith(".access")).toList();
        assertThat(access).hasSize(2);
        assertThat(access.get(0).getFormattedMessage()).isEqualTo("POST /v1/auth/otp/verify 401 " + millis(access.get(0)) + "ms");
        assertThat(access.get(0).getMDCPropertyMap()).containsEntry("requestId", "req-log-1");
        assertThat(access.get(1).getMDCPropertyMap()).containsEntry("requestId", "req-log-2");
        assertThat(access.get(1).getFormattedMessage()).startsWith("POST /v1/auth/otp 429 ");
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("987654").doesNotContain("secret-bearer-value").doesNotContain("15112345678"));
    }

    @Test
    void aBugIsLoggedWithTheRequestIdWhileTheClientSeesNothingOfIt() {
        api.stubs.requestOtp = command -> {
            throw new IllegalStateException("boom");
        };

        api.post("/v1/auth/otp", "{\"phone\":\"" + PHONE + "\"}", "X-Request-Id", "req-bug-1");

        assertThat(logs.list).anySatisfy(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("ERROR");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("boom");
            assertThat(event.getMDCPropertyMap()).containsEntry("requestId", "req-bug-1");
        });
    }

    private static String millis(ILoggingEvent event) {
        return event.getFormattedMessage().replaceAll(".* (\\d+)ms$", "$1");
    }
}
