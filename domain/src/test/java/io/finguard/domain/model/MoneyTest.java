package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Money is minor units of one currency: exact arithmetic, no mixing currencies, overflow is a bug not a wrap. */
class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0, 0, 0",
        "150, 250, 400, -100",
        "1, -1, 0, 2",
        "9223372036854775806, 1, 9223372036854775807, 9223372036854775805"
    })
    void plusAndMinusAreExact(long a, long b, long sum, long difference) {
        assertThat(Money.of(a, "EUR").plus(Money.of(b, "EUR"))).isEqualTo(Money.of(sum, "EUR"));
        assertThat(Money.of(a, "EUR").minus(Money.of(b, "EUR"))).isEqualTo(Money.of(difference, "EUR"));
    }

    @Test
    void overflowThrowsInsteadOfWrappingAround() {
        Money max = Money.of(Long.MAX_VALUE, "EUR");
        Money min = Money.of(Long.MIN_VALUE, "EUR");

        assertThatThrownBy(() -> max.plus(Money.of(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Money.of(1, "EUR"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void negateFlipsTheSign() {
        assertThat(Money.of(125, "USD").negate()).isEqualTo(Money.of(-125, "USD"));
        assertThat(Money.of(-125, "USD").negate()).isEqualTo(Money.of(125, "USD"));
    }

    @Test
    void mixingCurrenciesIsRefusedEverywhere() {
        Money eur = Money.of(100, "EUR");
        Money usd = Money.of(100, "USD");

        assertThatIllegalArgumentException().isThrownBy(() -> eur.plus(usd)).withMessageContaining("EUR").withMessageContaining("USD");
        assertThatIllegalArgumentException().isThrownBy(() -> eur.minus(usd));
        assertThatIllegalArgumentException().isThrownBy(() -> eur.compareTo(usd));
        assertThatIllegalArgumentException().isThrownBy(() -> eur.exceeds(usd));
    }

    @ParameterizedTest
    @CsvSource({
        "101, 100, true",
        "100, 100, false",
        "99, 100, false",
        "-1, 0, false"
    })
    void exceedsIsStrictlyGreater(long a, long b, boolean exceeds) {
        assertThat(Money.of(a, "GBP").exceeds(Money.of(b, "GBP"))).isEqualTo(exceeds);
        assertThat(Integer.signum(Money.of(a, "GBP").compareTo(Money.of(b, "GBP")))).isEqualTo(Long.compare(a, b));
    }

    @ParameterizedTest
    @CsvSource({"1, true, false", "0, false, false", "-1, false, true"})
    void signPredicates(long minor, boolean positive, boolean negative) {
        assertThat(Money.of(minor, "EUR").isPositive()).isEqualTo(positive);
        assertThat(Money.of(minor, "EUR").isNegative()).isEqualTo(negative);
    }

    @Test
    void zeroIsZeroMinorUnits() {
        assertThat(Money.zero("CHF")).isEqualTo(Money.of(0, "CHF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EU", "EURO", "E1R", "", " EUR"})
    void currencyIsThreeUpperCaseLetters(String currency) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(1, currency));
    }
}
