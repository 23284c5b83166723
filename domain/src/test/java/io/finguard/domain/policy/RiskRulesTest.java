package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.PhoneNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stub risk engine: 18 on the day of the 18th birthday, review for missing data or OTP trouble, reject wins. */
class RiskRulesTest {
    private static final RiskRules RULES = RiskRules.defaults(List.of("+999", "+4470"));
    private static final PhoneNumber CLEAN = PhoneNumber.of("+4915123456789");
    private static final PhoneNumber DENYLISTED = PhoneNumber.of("+447012345678");

    private static RiskAssessment assess(String dateOfBirth, String today, int otpFailures, PhoneNumber phone) {
        Optional<LocalDate> dob = dateOfBirth.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(dateOfBirth));
        return RULES.assess(new RiskInput(dob, LocalDate.parse(today), otpFailures, phone));
    }

    @ParameterizedTest(name = "born {0}, today {1} -> {2}")
    @CsvSource({
        "2008-06-15, 2026-06-15, APPROVE",    // 18th birthday exactly today
        "2008-06-15, 2026-06-14, UNDER_AGE",  // one day before
        "2008-06-15, 2026-06-16, APPROVE",
        "1930-01-01, 2026-06-15, APPROVE",
        "2026-06-15, 2026-06-15, UNDER_AGE",  // born today
        "2027-01-01, 2026-06-15, UNDER_AGE",  // birth date in the future
        "2008-02-29, 2026-02-28, UNDER_AGE",  // leap-day birthday: not 18 until the day after Feb 28
        "2008-02-29, 2026-03-01, APPROVE",
        "2004-02-29, 2022-02-28, UNDER_AGE",  // 18 is never a leap year for a leap-day birth
        "2010-02-28, 2028-02-28, APPROVE",    // in a leap year Feb 28 is still the birthday
        "2010-03-01, 2028-02-29, UNDER_AGE"   // and Feb 29 is not yet March 1
    })
    void ageIsCountedInWholeYearsUpToToday(String dateOfBirth, String today, String outcome) {
        RiskAssessment assessment = assess(dateOfBirth, today, 0, CLEAN);

        if (outcome.equals("APPROVE")) {
            assertThat(assessment).isEqualTo(new RiskAssessment.Approve());
        } else {
            assertThat(assessment).isEqualTo(new RiskAssessment.Reject(List.of(RiskReason.UNDER_AGE)));
        }
    }

    @Test
    void aMissingBirthDateGoesToReview() {
        assertThat(assess("", "2026-06-15", 0, CLEAN)).isEqualTo(new RiskAssessment.Review(List.of(RiskReason.MISSING_DATE_OF_BIRTH)));
    }

    @ParameterizedTest(name = "{0} OTP failures")
    @CsvSource({"0, false", "2, false", "3, true", "10, true"})
    void threeOrMoreOtpFailuresGoToReview(int failures, boolean review) {
        RiskAssessment assessment = assess("1990-01-01", "2026-06-15", failures, CLEAN);

        assertThat(assessment).isEqualTo(review ? new RiskAssessment.Review(List.of(RiskReason.OTP_FAILURES)) : new RiskAssessment.Approve());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+447012345678, true", "+99912345678, true", "+447112345678, false", "+4915123456789, false", "+9912345678, false"})
    void aDenylistedPrefixRejects(String phone, boolean rejected) {
        RiskAssessment assessment = assess("1990-01-01", "2026-06-15", 0, PhoneNumber.of(phone));

        assertThat(assessment).isEqualTo(rejected
                ? new RiskAssessment.Reject(List.of(RiskReason.DENYLISTED_PREFIX))
                : new RiskAssessment.Approve());
    }

    @Test
    void rejectWinsOverReviewAndKeepsEveryRejectReason() {
        RiskAssessment assessment = assess("2015-01-01", "2026-06-15", 5, DENYLISTED);

        assertThat(assessment).isInstanceOf(RiskAssessment.Reject.class);
        assertThat(assessment.reasons()).containsExactlyInAnyOrder(RiskReason.UNDER_AGE, RiskReason.DENYLISTED_PREFIX);
    }

    @Test
    void reviewKeepsEveryReviewReason() {
        assertThat(assess("", "2026-06-15", 3, CLEAN).reasons())
                .containsExactlyInAnyOrder(RiskReason.MISSING_DATE_OF_BIRTH, RiskReason.OTP_FAILURES);
    }

    @Test
    void aDenylistedPhoneWithoutBirthDateIsRejectedNotReviewed() {
        assertThat(assess("", "2026-06-15", 0, DENYLISTED)).isEqualTo(new RiskAssessment.Reject(List.of(RiskReason.DENYLISTED_PREFIX)));
    }

    @Test
    void settingsAndAnswersAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskRules(-1, 3, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskRules(18, 0, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskAssessment.Review(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskAssessment.Reject(List.of()));
    }
}
