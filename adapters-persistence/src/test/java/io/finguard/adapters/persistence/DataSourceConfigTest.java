package io.finguard.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pool settings: explicit, validated, and never printed with a secret. */
class DataSourceConfigTest {

    @Test
    void theDefaultsAreASmallFastFailingPool() {
        DataSourceConfig settings = DataSourceConfig.of("jdbc:postgresql://db:5432/finguard", "app", "s3cret");

        assertThat(settings.maximumPoolSize()).isEqualTo(10);
        assertThat(settings.connectionTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.validationTimeout()).isLessThan(settings.connectionTimeout());
        assertThat(settings.maxLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.statementTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theClientWaitsForASilentServerOneSecondLongerThanTheServerLetsAStatementRunInWholeSeconds() {
        DataSourceConfig settings = DataSourceConfig.of("jdbc:postgresql://db:5432/finguard", "app", "s3cret");

        assertThat(settings.socketTimeout()).isEqualTo(Duration.ofSeconds(6));
        assertThat(settings.withStatementTimeout(Duration.ofMillis(2000)).socketTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.withStatementTimeout(Duration.ofMillis(1500)).socketTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void theTextFormShowsNeitherThePasswordNorUrlParameters() {
        DataSourceConfig settings = DataSourceConfig.of("jdbc:postgresql://db:5432/finguard?password=url-secret", "app", "s3cret");

        assertThat(settings.toString()).contains("jdbc:postgresql://db:5432/finguard").doesNotContain("s3cret", "url-secret");
    }

    @Test
    void valuesHikariWouldSilentlyReplaceAreRefused() {
        assertThatThrownBy(() -> DataSourceConfig.of("jdbc:mysql://db/finguard", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataSourceConfig.of("jdbc:postgresql://db/finguard", "", "").withPoolSize(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataSourceConfig.of("jdbc:postgresql://db/finguard", "", "").withPoolSize(5, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataSourceConfig("jdbc:postgresql://db/finguard", "", "", 5, 1, Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ZERO, Duration.ofMinutes(30), Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataSourceConfig("jdbc:postgresql://db/finguard", "", "", 5, 1, Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(30), Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
