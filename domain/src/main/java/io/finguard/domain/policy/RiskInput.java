package io.finguard.domain.policy;

import io.finguard.domain.model.PhoneNumber;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the risk gate looks at: birth date (if given), today's date, OTP failures during signup, the phone. */
public record RiskInput(Optional<LocalDate> dateOfBirth, LocalDate today, int otpFailures, PhoneNumber phone) {
    public RiskInput {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(phone, "phone");
    }
}
