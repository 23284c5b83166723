package io.finguard.domain.txauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.Money;
import io.finguard.domain.policy.SimSwapRisk;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exemption policy's table: each row is one payment's facts and what the policy decides. */
class ScaExemptionsTest {
    static final ScaExemptions POLICY = ScaExemptions.defaults();

    static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    static LowValueTally tally(int payments, long minor) {
        return new LowValueTally(payments, eur(minor));
    }

    static ScaFacts facts(long amount, boolean paidBefore, boolean trusted, SimSwapRisk swap, boolean coolingOff, LowValueTally t) {
        return new ScaFacts(eur(amount), paidBefore, trusted, swap, coolingOff, t);
    }

    static ScaDecision exempt(Exemption e) {
        return new ScaDecision.Exempt(e);
    }

    static ScaDecision required(ScaReason r) {
        return new ScaDecision.Required(r);
    }

    static Stream<Arguments> table() {
        LowValueTally none = LowValueTally.zero("EUR");
        return Stream.of(
                Arguments.of("known payee, EUR 20, nothing since SCA", facts(2000, true, false, SimSwapRisk.NONE, false, none), exempt(Exemption.LOW_VALUE)),
                Arguments.of("EUR 30 exactly", facts(3000, true, false, SimSwapRisk.NONE, false, none), exempt(Exemption.LOW_VALUE)),
                Arguments.of("EUR 30.01", facts(3001, true, false, SimSwapRisk.NONE, false, none), required(ScaReason.NO_EXEMPTION)),
                Arguments.of("fifth payment, EUR 100 in all", facts(2000, true, false, SimSwapRisk.NONE, false, tally(4, 8000)), exempt(Exemption.LOW_VALUE)),
                Arguments.of("sixth payment", facts(100, true, false, SimSwapRisk.NONE, false, tally(5, 500)), required(ScaReason.NO_EXEMPTION)),
                Arguments.of("cumulative above EUR 100", facts(2001, true, false, SimSwapRisk.NONE, false, tally(4, 8000)), required(ScaReason.NO_EXEMPTION)),
                Arguments.of("new payee, low value", facts(100, false, false, SimSwapRisk.NONE, false, none), required(ScaReason.NEW_PAYEE)),
                Arguments.of("trusted, never paid, large", facts(900000, false, true, SimSwapRisk.NONE, false, tally(9, 90000)), exempt(Exemption.TRUSTED_BENEFICIARY)),
                Arguments.of("trusted after a SIM swap", facts(100, true, true, SimSwapRisk.RECENT_SWAP, false, none), required(ScaReason.SIM_SWAP)),
                Arguments.of("low value, swap unknown", facts(100, true, false, SimSwapRisk.UNKNOWN, false, none), required(ScaReason.SIM_SWAP)),
                Arguments.of("trusted in cooling-off", facts(100, true, true, SimSwapRisk.NONE, true, none), required(ScaReason.NUMBER_CHANGED)),
                Arguments.of("other currency", new ScaFacts(Money.of(100, "GBP"), true, false, SimSwapRisk.NONE, false, none), required(ScaReason.NO_EXEMPTION)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String name, ScaFacts facts, ScaDecision expected) {
        assertThat(POLICY.decide(facts)).isEqualTo(expected);
    }

    @Test
    void eachExemptionCanBeSwitchedOff() {
        ScaExemptions off = new ScaExemptions(false, false, eur(3000), eur(10000), 5);

        assertThat(off.decide(facts(100, true, false, SimSwapRisk.NONE, false, LowValueTally.zero("EUR"))))
                .isEqualTo(required(ScaReason.NO_EXEMPTION));
        assertThat(off.decide(facts(100, false, true, SimSwapRisk.NONE, false, LowValueTally.zero("EUR"))))
                .isEqualTo(required(ScaReason.NO_EXEMPTION));
    }

    @Test
    void theDigestBindsEveryField() {
        var payer = io.finguard.domain.model.UserId.of(java.util.UUID.randomUUID());
        var payee = io.finguard.domain.model.AccountId.of(java.util.UUID.randomUUID());
        PaymentDigest base = PaymentDigest.of(payer, payee, eur(2000), "k");

        assertThat(PaymentDigest.of(payer, payee, eur(2000), "k")).isEqualTo(base);
        assertThat(PaymentDigest.of(payer, payee, eur(2001), "k")).isNotEqualTo(base);
        assertThat(PaymentDigest.of(payer, payee, Money.of(2000, "GBP"), "k")).isNotEqualTo(base);
        assertThat(PaymentDigest.of(payer, payee, eur(2000), "k2")).isNotEqualTo(base);
        assertThat(PaymentDigest.of(payer, io.finguard.domain.model.AccountId.of(java.util.UUID.randomUUID()), eur(2000), "k"))
                .isNotEqualTo(base);
    }
}
