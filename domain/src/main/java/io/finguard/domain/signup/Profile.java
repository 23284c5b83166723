package io.finguard.domain.signup;

import io.finguard.domain.model.TextRule;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Legal name, date of birth (may be missing, which sends the signup to review) and address. */
public record Profile(String firstName, String lastName, Optional<LocalDate> dateOfBirth, Address address) {
    /** First and last name: 1-100 characters, not blank, plain text. */
    public static final TextRule NAME = new TextRule(1, 100);

    public Profile {
        NAME.require("firstName", firstName);
        NAME.require("lastName", lastName);
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(address, "address");
    }
}
