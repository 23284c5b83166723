package io.finguard.domain.signup;

import java.util.Objects;

/** A postal address as given; two-letter ISO 3166 country. */
public record Address(String line1, String line2, String city, String postalCode, String country) {
    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
        line2 = line2 == null ? "" : line2;
        if (line1.isBlank() || city.isBlank() || postalCode.isBlank()) {
            throw new IllegalArgumentException("address line1, city and postal code are required");
        }
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code");
        }
    }
}
