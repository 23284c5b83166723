package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Locks grow by a factor each time while remembered, up to a cap (security.md: PIN step-up lock "growing on repeat"). */
class LockoutTest {
    /** The default step-up lockout: 15 minutes, doubling, at most 24 hours. */
    private static final Lockout STEP_UP = RateLimits.defaults().stepUpFailures();

    @ParameterizedTest(name = "lock #{0} lasts {1} minutes")
    @CsvSource({
        "1, 15",
        "2, 30",
        "3, 60",
        "4, 120",
        "5, 240",
        "6, 480",
        "7, 960",
        "8, 1440",          // 1920 would exceed the 24 h cap
        "9, 1440",
        "1000, 1440",
        "2147483647, 1440"  // no overflow however often it repeats
    })
    void stepUpLocksDoubleUpToADay(int n, long minutes) {
        assertThat(STEP_UP.lockNumber(n)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "growth 3, cap 60: lock #{0} lasts {1} minutes")
    @CsvSource({"1, 10", "2, 30", "3, 60", "4, 60"})
    void aCapThatIsNotAPowerOfTheGrowthIsStillTheCeiling(int n, long minutes) {
        Lockout lockout = new Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(10), 3, Duration.ofMinutes(60), Duration.ofDays(1));

        assertThat(lockout.lockNumber(n)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void growthOneKeepsEveryLockTheSame() {
        Lockout phoneLockout = RateLimits.defaults().phoneVerifyFailures();

        assertThat(phoneLockout.lockNumber(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(phoneLockout.lockNumber(50)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void settingsAreValidated() {
        Duration m = Duration.ofMinutes(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new Lockout(0, m, m, 1, m, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new Lockout(1, Duration.ZERO, m, 1, m, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new Lockout(1, m, Duration.ZERO, 1, m, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new Lockout(1, m, m, 0, m, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new Lockout(1, m, m.multipliedBy(2), 1, m, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new Lockout(1, m, m, 1, m, m.negated()));
    }
}
