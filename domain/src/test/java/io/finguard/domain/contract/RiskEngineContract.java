package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.policy.RiskAssessment;
import io.finguard.domain.policy.RiskInput;
import io.finguard.domain.port.out.RiskEngine;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link RiskEngine} must never do, whatever else it weighs: approve someone who is under 18,
 * born in the future, or whose age it cannot know. Review or rejection are both acceptable answers.
 */
public abstract class RiskEngineContract {
    private static final LocalDate TODAY = LocalDate.of(2030, 6, 15);

    protected abstract RiskEngine engine();

    @ParameterizedTest(name = "{0} days short of 18")
    @ValueSource(ints = {1, 30, 365 * 5, 365 * 17})
    void aMinorIsNeverApproved(int daysShort) {
        LocalDate born = TODAY.minusYears(18).plusDays(daysShort);

        assertThat(engine().assess(input(Optional.of(born)))).isNotInstanceOf(RiskAssessment.Approve.class);
    }

    @Test
    void aBirthDateInTheFutureIsNeverApproved() {
        assertThat(engine().assess(input(Optional.of(TODAY.plusDays(1))))).isNotInstanceOf(RiskAssessment.Approve.class);
        assertThat(engine().assess(input(Optional.of(TODAY.plusYears(30))))).isNotInstanceOf(RiskAssessment.Approve.class);
    }

    @Test
    void withoutABirthDateNoOneIsApprovedOutright() {
        assertThat(engine().assess(input(Optional.empty()))).isNotInstanceOf(RiskAssessment.Approve.class);
    }

    private static RiskInput input(Optional<LocalDate> dateOfBirth) {
        return new RiskInput(dateOfBirth, TODAY, 0, SampleValues.phone());
    }
}
