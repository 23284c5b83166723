package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.bootstrap.config.PhoneSignalConfig.SimSwapProvider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dormancy, the SIM-swap window and the network that answers: defaults, bounds, and the CAMARA client's settings. */
class PhoneSignalConfigTest {
    private static final String SECRET = "operator-issued-client-secret-7781";

    private static Map<String, String> camara() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_SIM_SWAP_PROVIDER", "camara");
        env.put("FINGUARD_SIM_SWAP_CAMARA_API_ROOT", "https://api.operator.test/sim-swap/v1");
        env.put("FINGUARD_SIM_SWAP_CAMARA_TOKEN_URL", "https://auth.operator.test/oauth2/token");
        env.put("FINGUARD_SIM_SWAP_CAMARA_CLIENT_ID", "finguard");
        env.put("FINGUARD_SIM_SWAP_CAMARA_CLIENT_SECRET", SECRET);
        return env;
    }

    @Test
    void theDefaultsAreHundredEightyDaysSeventyTwoHoursAMinuteAndNoNetworkInServe() {
        PhoneSignalConfig settings = valid(ServeEnvironment.valid(), Mode.SERVE).phoneSignals();

        assertThat(settings.dormancy()).isEqualTo(Duration.ofDays(180));
        assertThat(settings.simSwapWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(settings.simSwapCacheTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.provider()).isEqualTo(new SimSwapProvider.None());
    }

    @Test
    void devDefaultsToTheStubWithItsConfiguredAnswers() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_DEV_SIM_SWAP_ANSWERS", "+4915112345678=swapped@2026-03-01T10:00:00Z");

        assertThat(valid(env, Mode.DEV).phoneSignals().provider())
                .isEqualTo(new SimSwapProvider.Stub("+4915112345678=swapped@2026-03-01T10:00:00Z"));
    }

    @Test
    void aMalformedStubAnswerIsRefusedWithoutEchoingTheNumber() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_DEV_SIM_SWAP_ANSWERS", "+4915112345678=maybe");

        assertThat(problems(env, Mode.DEV)).singleElement().asString().startsWith("FINGUARD_DEV_SIM_SWAP_ANSWERS: entry 1")
                .doesNotContain("4915112345678");
    }

    @Test
    void serveRefusesTheStub() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_SIM_SWAP_PROVIDER", "stub"), Mode.SERVE)).singleElement().asString()
                .startsWith("FINGUARD_SIM_SWAP_PROVIDER: stub is for dev only");
    }

    @Test
    void theCamaraClientIsReadWithItsDefaults() {
        SimSwapProvider.Camara read = (SimSwapProvider.Camara) valid(camara(), Mode.SERVE).phoneSignals().provider();

        assertThat(read.apiRoot()).hasToString("https://api.operator.test/sim-swap/v1");
        assertThat(read.clientSecret().text()).isEqualTo(SECRET);
        assertThat(read.scope()).isEqualTo(Optional.of("sim-swap:check sim-swap:retrieve-date"));
        assertThat(read.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(read.breakerFailures()).isEqualTo(5);
        assertThat(read.breakerOpenFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(read.toString()).doesNotContain(SECRET);
    }

    @Test
    void camaraWithoutItsEndpointsAndCredentialsIsRefusedOneLineEach() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_SIM_SWAP_PROVIDER", "camara"), Mode.SERVE))
                .hasSize(4).allMatch(line -> line.startsWith("FINGUARD_SIM_SWAP_CAMARA_") && line.contains("missing"));
    }

    @Test
    void plainHttpToTheOperatorIsRefusedUnlessLoopbackAndAnExampleSecretIsRefused() {
        Map<String, String> env = camara();
        env.put("FINGUARD_SIM_SWAP_CAMARA_API_ROOT", "http://api.operator.test/sim-swap/v1");
        env.put("FINGUARD_SIM_SWAP_CAMARA_CLIENT_SECRET", "example-secret");

        assertThat(problems(env, Mode.SERVE)).hasSize(2)
                .anyMatch(line -> line.startsWith("FINGUARD_SIM_SWAP_CAMARA_API_ROOT: not an https:// URL"))
                .anyMatch(line -> line.startsWith("FINGUARD_SIM_SWAP_CAMARA_CLIENT_SECRET: an example value"));

        Map<String, String> loopback = camara();
        loopback.put("FINGUARD_SIM_SWAP_CAMARA_API_ROOT", "http://127.0.0.1:9091/sim-swap/v1");
        assertThat(valid(loopback, Mode.SERVE).phoneSignals().provider()).isInstanceOf(SimSwapProvider.Camara.class);
    }

    @Test
    void theWindowFollowsCamarasMaxAgeBounds() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_SIM_SWAP_WINDOW_HOURS", "2401"), Mode.SERVE)).singleElement().asString()
                .startsWith("FINGUARD_SIM_SWAP_WINDOW_HOURS: 2401 is out of range 1..2400");
        assertThat(valid(ServeEnvironment.with("FINGUARD_DORMANCY_DAYS", "90"), Mode.SERVE).phoneSignals().dormancy())
                .isEqualTo(Duration.ofDays(90));
    }
}
