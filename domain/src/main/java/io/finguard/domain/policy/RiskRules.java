package io.finguard.domain.policy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stub risk engine's rules: under 18 or a denylisted prefix rejects; a missing birth date or too
 * many OTP failures during signup sends to review. Rejections win over reviews; all reasons are kept.
 */
public record RiskRules(int minimumAge, int otpFailuresForReview, List<String> denylistedPrefixes) {
    public RiskRules {
        Objects.requireNonNull(denylistedPrefixes, "denylistedPrefixes");
        denylistedPrefixes = List.copyOf(denylistedPrefixes);
        if (minimumAge < 0 || otpFailuresForReview < 1) {
            throw new IllegalArgumentException("invalid risk rule settings");
        }
    }

    public static RiskRules defaults(List<String> denylistedPrefixes) {
        return new RiskRules(18, 3, denylistedPrefixes);
    }

    public RiskAssessment assess(RiskInput input) {
        List<RiskReason> rejects = new ArrayList<>();
        List<RiskReason> reviews = new ArrayList<>();
        input.dateOfBirth().ifPresentOrElse(
                dob -> {
                    if (dob.isAfter(input.today()) || Period.between(dob, input.today()).getYears() < minimumAge) {
                        rejects.add(RiskReason.UNDER_AGE);
                    }
                },
                () -> reviews.add(RiskReason.MISSING_DATE_OF_BIRTH));
        if (denylistedPrefixes.stream().anyMatch(input.phone()::hasPrefix)) {
            rejects.add(RiskReason.DENYLISTED_PREFIX);
        }
        if (input.otpFailures() >= otpFailuresForReview) {
            reviews.add(RiskReason.OTP_FAILURES);
        }
        if (!rejects.isEmpty()) {
            return new RiskAssessment.Reject(rejects);
        }
        return reviews.isEmpty() ? new RiskAssessment.Approve() : new RiskAssessment.Review(reviews);
    }
}
