package io.finguard.domain.signup;

import io.finguard.domain.model.TextRule;
import java.util.Objects;
import java.util.regex.Pattern;

/** A postal address as given; two-letter ISO 3166 country. */
public record Address(String line1, String line2, String city, String postalCode, String country) {
    public static final TextRule LINE = new TextRule(1, 200);
    public static final TextRule SECOND_LINE = new TextRule(0, 200);
    public static final TextRule CITY = new TextRule(1, 100);
    public static final TextRule POSTAL_CODE = new TextRule(1, 20);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Address {
        LINE.require("line1", line1);
        line2 = SECOND_LINE.require("line2", line2 == null ? "" : line2);
        CITY.require("city", city);
        POSTAL_CODE.require("postalCode", postalCode);
        Objects.requireNonNull(country, "country");
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code");
        }
    }
}
