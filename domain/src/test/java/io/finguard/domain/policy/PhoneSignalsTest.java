package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.SimSwapStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The phone's signals: when an account is dormant, when a swap counts, and what each allows. */
class PhoneSignalsTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final PhoneSignalPolicy POLICY = PhoneSignalPolicy.defaults();

    @Test
    void defaultsAreHundredEightyDaysAndSeventyTwoHours() {
        assertThat(POLICY.dormancy()).isEqualTo(Duration.ofDays(180));
        assertThat(POLICY.simSwapWindow()).isEqualTo(Duration.ofHours(72));
        assertThatThrownBy(() -> new PhoneSignalPolicy(Duration.ZERO, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccountIsDormantFromExactlyTheDormancyOn() {
        assertThat(POLICY.dormant(NOW.minus(Duration.ofDays(180)), NOW)).isTrue();
        assertThat(POLICY.dormant(NOW.minus(Duration.ofDays(180)).plusSeconds(1), NOW)).isFalse();
        assertThat(POLICY.dormant(NOW, NOW)).isFalse();
    }

    @Test
    void aSwapCountsInsideTheWindowOnlyAndNoAnswerIsUnknown() {
        assertThat(POLICY.risk(new SimSwapStatus.Swapped(NOW.minus(Duration.ofHours(71))), NOW)).isEqualTo(SimSwapRisk.RECENT_SWAP);
        assertThat(POLICY.risk(new SimSwapStatus.Swapped(NOW.minus(Duration.ofHours(72))), NOW)).isEqualTo(SimSwapRisk.NONE);
        assertThat(POLICY.risk(new SimSwapStatus.Swapped(NOW.plusSeconds(5)), NOW)).isEqualTo(SimSwapRisk.RECENT_SWAP);
        assertThat(POLICY.risk(new SimSwapStatus.NotSwapped(), NOW)).isEqualTo(SimSwapRisk.NONE);
        assertThat(POLICY.risk(new SimSwapStatus.Unknown(), NOW)).isEqualTo(SimSwapRisk.UNKNOWN);
    }

    @ParameterizedTest(name = "dormant={0} swap={1} -> pin allowed {2}")
    @CsvSource({
            "false, NONE, true",
            "true, NONE, false",
            "false, RECENT_SWAP, false",
            "false, UNKNOWN, false",
            "true, RECENT_SWAP, false"})
    void onlyALiveAccountWithNoSwapRiskMayUseThePin(boolean dormant, SimSwapRisk risk, boolean pinAllowed) {
        assertThat(new PhoneSignals(dormant, risk).pinAllowed()).isEqualTo(pinAllowed);
    }

    @Test
    void transfersAreHeldDuringASwapAndNeedAPasswordSessionWhenTheNetworkCannotSay() {
        Set<AuthMethod> byPin = Set.of(AuthMethod.SMS, AuthMethod.PIN);
        Set<AuthMethod> byPassword = Set.of(AuthMethod.SMS, AuthMethod.PASSWORD);

        assertThat(new PhoneSignals(false, SimSwapRisk.RECENT_SWAP).transferDenial(byPassword)).contains(TransferDenial.SIM_SWAP_HOLD);
        assertThat(new PhoneSignals(false, SimSwapRisk.UNKNOWN).transferDenial(byPin)).contains(TransferDenial.PASSWORD_STEP_UP_REQUIRED);
        assertThat(new PhoneSignals(false, SimSwapRisk.UNKNOWN).transferDenial(byPassword)).isEmpty();
        assertThat(new PhoneSignals(false, SimSwapRisk.NONE).transferDenial(byPin)).isEqualTo(Optional.empty());
        assertThat(TransferDenial.SIM_SWAP_HOLD.code()).isEqualTo("sim_swap_hold");
        assertThat(TransferDenial.PASSWORD_STEP_UP_REQUIRED.code()).isEqualTo("password_required");
    }

    @Test
    void reasonsNameTheSignalAndEveryPhoneReasonIsPasswordOnly() {
        assertThat(new PhoneSignals(true, SimSwapRisk.RECENT_SWAP).reasons(false))
                .containsExactlyInAnyOrder(StepUpReason.NUMBER_MAY_BE_RECYCLED, StepUpReason.SIM_SWAP);
        assertThat(new PhoneSignals(true, SimSwapRisk.UNKNOWN).reasons(true))
                .containsExactlyInAnyOrder(StepUpReason.DORMANT_ACCOUNT, StepUpReason.SIM_SWAP_UNKNOWN);
        assertThat(PhoneSignals.none().reasons(false)).isEmpty();
        assertThat(new PhoneSignals(true, SimSwapRisk.UNKNOWN).reasons(false)).allMatch(StepUpReason::passwordOnly);
        assertThat(StepUpReason.NEW_DEVICE.passwordOnly()).isFalse();
    }
}
