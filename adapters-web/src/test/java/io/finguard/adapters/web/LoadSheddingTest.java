package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.SignupStep;
import io.finguard.domain.port.in.ViewSignup;
import io.finguard.domain.signup.PreUserStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Past its in-flight limit a route class answers 503 with Retry-After at once, while the requests it admitted finish
 * and other classes keep being served; the places come back when requests end.
 */
class LoadSheddingTest {
    private static final String[] TICKET = {"Authorization", TestApi.bearer(Fixtures.SIGNUP_TICKET)};
    private static final String CREDENTIALS = "{\"password\":\"correct horse battery\",\"pin\":\"914730\"}";
    private final TestApi api = TestApi.shedding(new LoadLimits(2, 2, 50, Duration.ZERO, Duration.ofSeconds(1)));
    private final ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        clients.shutdownNow();
        api.close();
    }

    @Test
    void moreHashingRequestsThanTheLimitAreShedAtOnceWhileTheAdmittedOnesAndOtherClassesAreServed() throws Exception {
        Semaphore entered = new Semaphore(0);
        CountDownLatch release = new CountDownLatch(1);
        api.stubs.setCredentials = command -> {
            entered.release();
            await(release);
            return new SetCredentials.Result.Saved(Fixtures.signup(PreUserStatus.CREDENTIALS_SET, SignupStep.COMPLETE_PROFILE));
        };
        api.stubs.viewSignup = id -> new ViewSignup.Result.Found(Fixtures.signup(PreUserStatus.CREDENTIALS_SET,
                SignupStep.COMPLETE_PROFILE));

        List<Future<TestApi.Response>> admitted = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            admitted.add(clients.submit(() -> api.put("/v1/signup/credentials", CREDENTIALS, TICKET)));
        }
        assertThat(entered.tryAcquire(2, 10, TimeUnit.SECONDS)).as("both admitted requests are hashing").isTrue();

        for (int i = 0; i < 4; i++) {
            long started = System.nanoTime();
            TestApi.Response shed = api.put("/v1/signup/credentials", CREDENTIALS, TICKET);
            assertThat(shed.status()).isEqualTo(503);
            assertThat(shed.code()).isEqualTo("service_unavailable");
            assertThat(shed.header("Retry-After")).contains("1");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered at once").isLessThan(Duration.ofMillis(500));
        }
        assertThat(api.get("/v1/signup", TICKET).status()).as("a database route is another class").isEqualTo(200);
        assertThat(api.get("/.well-known/jwks.json").status()).as("a cheap read is another class").isEqualTo(200);

        release.countDown();
        for (Future<TestApi.Response> answer : admitted) {
            assertThat(answer.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(api.put("/v1/signup/credentials", CREDENTIALS, TICKET).status()).as("the places came back").isEqualTo(200);
        assertThat(api.registry.scrape()).contains("load_shed_total{class=\"hashing\"} 4.0");
    }

    @Test
    void aRequestThatFailsStillGivesItsPlaceBack() {
        api.stubs.viewSignup = id -> {
            throw new IllegalStateException("a bug in the use case");
        };

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/v1/signup", TICKET).status()).isEqualTo(500);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the admitted requests");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
