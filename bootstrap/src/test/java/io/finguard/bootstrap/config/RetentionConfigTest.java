package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.retention.EndedKind;
import io.finguard.domain.retention.RetentionPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FINGUARD_RETENTION_*_DAYS: the policy's defaults, one value per kind, and bounds of a day to ten years. */
class RetentionConfigTest {

    @Test
    void withNothingSetEveryKindKeepsThePolicysDefault() {
        assertThat(valid(ServeEnvironment.valid(), Mode.SERVE).retention()).isEqualTo(RetentionPolicy.defaults());
    }

    @Test
    void eachKindIsReadFromItsOwnVariable() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_RETENTION_RECOVERIES_DAYS", "365");
        env.put("FINGUARD_RETENTION_SESSIONS_DAYS", "2");

        RetentionPolicy retention = valid(env, Mode.SERVE).retention();

        assertThat(retention.periodOf(EndedKind.RECOVERIES)).isEqualTo(Duration.ofDays(365));
        assertThat(retention.periodOf(EndedKind.SESSIONS)).isEqualTo(Duration.ofDays(2));
        assertThat(retention.periodOf(EndedKind.OTP_CHALLENGES)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void eventDeliveriesAndPaymentAuthorisationsHaveSettingsOfTheirOwn() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_RETENTION_DELIVERED_EVENTS_DAYS", "2");
        env.put("FINGUARD_RETENTION_DEAD_EVENTS_DAYS", "30");
        env.put("FINGUARD_RETENTION_PAYMENT_AUTHORIZATIONS_DAYS", "730");

        RetentionPolicy retention = valid(env, Mode.SERVE).retention();

        assertThat(retention.periodOf(EndedKind.DELIVERED_EVENTS)).isEqualTo(Duration.ofDays(2));
        assertThat(retention.periodOf(EndedKind.DEAD_EVENTS)).isEqualTo(Duration.ofDays(30));
        assertThat(retention.periodOf(EndedKind.PAYMENT_AUTHORIZATIONS)).isEqualTo(Duration.ofDays(730));
        assertThat(valid(ServeEnvironment.valid(), Mode.SERVE).retention().periodOf(EndedKind.PAYMENT_AUTHORIZATIONS))
                .as("default").isEqualTo(Duration.ofDays(400));
    }

    @Test
    void zeroDaysOrMoreThanTenYearsIsRefused() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_RETENTION_OTP_CHALLENGES_DAYS", "0"), Mode.SERVE)).singleElement()
                .asString().startsWith("FINGUARD_RETENTION_OTP_CHALLENGES_DAYS");
        assertThat(problems(ServeEnvironment.with("FINGUARD_RETENTION_PASSKEY_CHALLENGES_DAYS", "3651"), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_RETENTION_PASSKEY_CHALLENGES_DAYS");
        assertThat(problems(ServeEnvironment.with("FINGUARD_RETENTION_DEAD_EVENTS_DAYS", "0"), Mode.SERVE)).singleElement()
                .asString().startsWith("FINGUARD_RETENTION_DEAD_EVENTS_DAYS");
        assertThat(problems(ServeEnvironment.with("FINGUARD_RETENTION_PAYMENT_AUTHORIZATIONS_DAYS", "3651"), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_RETENTION_PAYMENT_AUTHORIZATIONS_DAYS");
        assertThat(problems(ServeEnvironment.with("FINGUARD_RETENTION_DELIVERED_EVENTS_DAYS", "a week"), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_RETENTION_DELIVERED_EVENTS_DAYS");
    }
}
