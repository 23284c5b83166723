package io.finguard.adapters.telco;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.MutableClock;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SimSwapStatus;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CAMARA adapter against the local operator: swapped and not swapped, every error answer and a timeout as
 * Unknown, the client-credentials token (fetched, kept, renewed, dropped on 401), and the breaker opening and
 * half-opening.
 */
class CamaraSimSwapCheckTest {
    private static final PhoneNumber ADA = PhoneNumber.of("+4915112345678");
    private static final Duration WINDOW = Duration.ofHours(72);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final CamaraFake operator;
    private final CamaraSimSwapCheck adapter;

    CamaraSimSwapCheckTest() throws IOException {
        operator = new CamaraFake(clock);
        adapter = new CamaraSimSwapCheck(operator.config(Duration.ofMillis(1_500), 3, Duration.ofSeconds(30)), clock);
    }

    @AfterEach
    void stopTheOperator() {
        operator.close();
    }

    @Test
    void aSwapInsideTheWindowIsDatedByRetrieveDateInAnyOffset() {
        Instant at = Instant.parse("2026-03-01T22:15:30Z");
        operator.swapped(ADA.e164(), at);

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Swapped(at));
        assertThat(operator.apiCalls()).isEqualTo(2);
    }

    @Test
    void notSwappedAsksOnlyTheCheck() {
        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
        assertThat(operator.apiCalls()).isEqualTo(1);
    }

    @Test
    void aSwapTheOperatorWillNotDateCountsFromNow() {
        operator.swapped(ADA.e164(), clock.instant().minus(Duration.ofHours(3)));
        operator.failRetrieveDate(ADA.e164(), 500);

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Swapped(clock.instant()));
    }

    @ParameterizedTest(name = "HTTP {0} -> Unknown")
    @ValueSource(ints = {400, 403, 404, 422, 429, 500, 502, 503})
    void everyErrorAnswerIsUnknown(int status) {
        operator.fail(ADA.e164(), status);

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Unknown());
    }

    @Test
    void aSlowOperatorTimesOutAsUnknown() {
        operator.slow(ADA.e164());
        long started = System.nanoTime();

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Unknown());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void anOperatorThatIsNotThereIsUnknown() {
        operator.close();

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Unknown());
    }

    @Test
    void theTokenComesFromClientCredentialsAndIsKeptUntilShortlyBeforeItExpires() {
        operator.tokenLifetime(Duration.ofSeconds(120));

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
        assertThat(operator.tokenForms()).hasSize(1);
        String form = URLDecoder.decode(operator.tokenForms().getFirst(), StandardCharsets.UTF_8);
        assertThat(form).contains("grant_type=client_credentials").contains("scope=" + CamaraFake.SCOPE);

        clock.advance(Duration.ofSeconds(91));
        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
        assertThat(operator.tokenForms()).hasSize(2);
    }

    @Test
    void aTokenTheOperatorNoLongerTakesIsDroppedAndTheNextCallFetchesANewOne() {
        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
        operator.revokeTokens();

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Unknown());
        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
        assertThat(operator.tokenForms()).hasSize(2);
    }

    @Test
    void aTokenEndpointThatFailsIsUnknown() {
        operator.tokenEndpointStatus(503);

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Unknown());
        assertThat(operator.apiCalls()).isZero();
    }

    @Test
    void theBreakerOpensAfterThreeOutagesAndStopsCallingTheOperator() {
        operator.fail(ADA.e164(), 503);
        for (int i = 0; i < 3; i++) {
            adapter.check(ADA, WINDOW);
        }
        assertThat(adapter.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsWhenOpened = operator.apiCalls();

        assertThat(adapter.check(ADA, WINDOW)).isEqualTo(new SimSwapStatus.Unknown());
        assertThat(operator.apiCalls()).isEqualTo(callsWhenOpened);
    }

    @Test
    void afterTheOpenPeriodOneTrialCallClosesTheBreakerWhenTheOperatorIsBack() {
        operator.fail(ADA.e164(), 500);
        for (int i = 0; i < 3; i++) {
            adapter.check(ADA, WINDOW);
        }
        PhoneNumber bob = PhoneNumber.of("+4915187654321");

        clock.advance(Duration.ofSeconds(30));
        assertThat(adapter.breakerState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(adapter.check(bob, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());

        assertThat(adapter.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFailedTrialCallOpensTheBreakerAgainForAnotherPeriod() {
        operator.fail(ADA.e164(), 500);
        for (int i = 0; i < 3; i++) {
            adapter.check(ADA, WINDOW);
        }
        clock.advance(Duration.ofSeconds(30));

        adapter.check(ADA, WINDOW);

        assertThat(adapter.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        int calls = operator.apiCalls();
        clock.advance(Duration.ofSeconds(29));
        adapter.check(ADA, WINDOW);
        assertThat(operator.apiCalls()).isEqualTo(calls);
    }

    @Test
    void anAnswerAboutOneNumberThatIsNotAnOutageDoesNotOpenTheBreaker() {
        operator.fail(ADA.e164(), 404);
        for (int i = 0; i < 5; i++) {
            adapter.check(ADA, WINDOW);
        }

        assertThat(adapter.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theSecretNeverShowsInTheConfigurationsText() {
        assertThat(operator.config(Duration.ofSeconds(1), 3, Duration.ofSeconds(1)).toString())
                .doesNotContain(CamaraFake.CLIENT_SECRET).contains("redacted");
    }
}
