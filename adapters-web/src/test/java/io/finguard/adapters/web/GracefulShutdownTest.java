package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.port.in.MeView;
import io.finguard.domain.port.in.ViewMe;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void stopLetsAnInFlightRequestFinishAndThenRefusesNewConnections() throws Exception {
        TestApi api = TestApi.start(config -> config.withShutdownGrace(Duration.ofSeconds(5)));
        CountDownLatch entered = new CountDownLatch(1);
        api.stubs.viewMe = user -> {
            entered.countDown();
            sleep(Duration.ofMillis(800));
            return new ViewMe.Result.Found(new MeView(user, "+4915*******78", "Ada", "L", UserStatus.ACTIVE, Tier.LIMITED,
                    KycStatus.NOT_SUBMITTED, AccountStatus.ACTIVE, Money.zero("EUR"), null, null, null));
        };
        var uri = api.uri("/v1/me");
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN)).build();

        CompletableFuture<HttpResponse<String>> inFlight = api.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        api.close();
        long stoppedAfterMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"userId\"");
        assertThat(stoppedAfterMillis).isLessThan(5_000);
        var freshClient = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<String>> late = freshClient.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        assertThat(late).failsWithin(Duration.ofSeconds(5)).withThrowableThat().havingRootCause()
                .isInstanceOf(IOException.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
