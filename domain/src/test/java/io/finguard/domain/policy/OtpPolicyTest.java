package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.PhoneNumber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** OTP settings refuse anything weaker than security.md's floors: 6-8 digits, at most 10 minutes, 1-10 attempts. */
class OtpPolicyTest {
    private static final List<String> PREFIXES = List.of("+49");

    @Test
    void defaultsAreSixDigitsFiveMinutesFiveAttempts() {
        OtpPolicy policy = OtpPolicy.defaults(PREFIXES);

        assertThat(policy.digits()).isEqualTo(6);
        assertThat(policy.lifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.maxAttempts()).isEqualTo(5);
    }

    @ParameterizedTest(name = "lifetime {0} s -> allowed {1}")
    @CsvSource({"1, true", "300, true", "600, true", "601, false", "0, false", "-1, false"})
    void lifetimeIsPositiveAndAtMostTenMinutes(long seconds, boolean allowed) {
        Duration lifetime = Duration.ofSeconds(seconds);
        if (allowed) {
            assertThat(new OtpPolicy(6, lifetime, 5, PREFIXES).lifetime()).isEqualTo(lifetime);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> new OtpPolicy(6, lifetime, 5, PREFIXES));
        }
    }

    @ParameterizedTest(name = "{0} digits -> allowed {1}")
    @CsvSource({"5, false", "6, true", "7, true", "8, true", "9, false"})
    void codesHaveSixToEightDigits(int digits, boolean allowed) {
        if (allowed) {
            assertThat(new OtpPolicy(digits, Duration.ofMinutes(5), 5, PREFIXES).digits()).isEqualTo(digits);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> new OtpPolicy(digits, Duration.ofMinutes(5), 5, PREFIXES));
        }
    }

    @ParameterizedTest(name = "{0} attempts -> allowed {1}")
    @CsvSource({"0, false", "1, true", "10, true", "11, false"})
    void attemptsAreOneToTen(int attempts, boolean allowed) {
        if (allowed) {
            assertThat(new OtpPolicy(6, Duration.ofMinutes(5), attempts, PREFIXES).maxAttempts()).isEqualTo(attempts);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> new OtpPolicy(6, Duration.ofMinutes(5), attempts, PREFIXES));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+1", "+44", "+4915", "+1234567"})
    void prefixesArePlusAndOneToSevenDigits(String prefix) {
        assertThat(OtpPolicy.defaults(List.of(prefix)).allowedPrefixes()).containsExactly(prefix);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"+12345678", "44", "+0", "+04", "+", "", "+44 ", "+4-4", "+４４"})
    void malformedPrefixesAreRefused(String prefix) {
        assertThatIllegalArgumentException().isThrownBy(() -> OtpPolicy.defaults(List.of(prefix)));
    }

    @ParameterizedTest(name = "{0} -> allowed {1}")
    @CsvSource({"+4915123456789, true", "+447911123456, true", "+15551234567, false", "+4815123456789, false"})
    void onlyAllowedPrefixesReceiveCodes(String phone, boolean allowed) {
        assertThat(OtpPolicy.defaults(List.of("+49", "+447")).allows(PhoneNumber.of(phone))).isEqualTo(allowed);
    }

    @Test
    void anEmptyAllowListAllowsNoCountry() {
        assertThat(OtpPolicy.defaults(List.of()).allows(PhoneNumber.of("+4915123456789"))).isFalse();
    }
}
