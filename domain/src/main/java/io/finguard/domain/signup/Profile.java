package io.finguard.domain.signup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Legal name, date of birth (may be missing, which sends the signup to review) and address. */
public record Profile(String firstName, String lastName, Optional<LocalDate> dateOfBirth, Address address) {
    public static final int MAX_NAME_LENGTH = 100;

    public Profile {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(address, "address");
        if (firstName.isBlank() || lastName.isBlank()) {
            throw new IllegalArgumentException("first and last name are required");
        }
        if (firstName.length() > MAX_NAME_LENGTH || lastName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("names are at most " + MAX_NAME_LENGTH + " characters");
        }
    }
}
