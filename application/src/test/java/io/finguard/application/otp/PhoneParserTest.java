package io.finguard.application.otp;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.port.in.PhoneProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneParserTest {
    private final PhoneParser parser = new PhoneParser(OtpPolicy.defaults(List.of("+49", "+44", "+1")));

    @ParameterizedTest(name = "{0} (region {1}) -> {2}")
    @CsvSource(nullValues = "-", value = {
            "+4915112345678, -, +4915112345678",
            "+49 151 1234 5678, -, +4915112345678",
            "0151 12345678, DE, +4915112345678",
            "0151-1234-5678, de, +4915112345678",
            "07400 123456, GB, +447400123456",
            "(201) 555-0123, US, +12015550123",
            "+1 201 555 0123, -, +12015550123"})
    void mobileNumbersAreNormalisedToE164(String typed, String region, String e164) {
        assertThat(parser.parse(typed, Optional.ofNullable(region))).isEqualTo(new ParsedPhone.Valid(PhoneNumber.of(e164)));
    }

    @ParameterizedTest(name = "{0} (region {1}) -> {2}")
    @CsvSource(nullValues = "-", value = {
            "+49 30 12345678, -, NOT_MOBILE",
            "+49 900 1234567, -, NOT_MOBILE",
            "+49 800 1234567, -, NOT_MOBILE",
            "+44 20 7946 0000, -, NOT_MOBILE",
            "+33 6 12 34 56 78, -, COUNTRY_NOT_ALLOWED",
            "0151 12345678, -, MALFORMED",
            "0151 12345678, XX, MALFORMED",
            "+49 151, -, MALFORMED",
            "+٤٩١٥١١٢٣٤٥٦٧٨, -, MALFORMED",
            "+4915112345678' OR 1=1, -, MALFORMED",
            "'', -, MALFORMED",
            "+491511234567812345678901234567890, -, MALFORMED"})
    void numbersThatCannotReceiveCodesAreRefusedWithAReason(String typed, String region, PhoneProblem problem) {
        assertThat(parser.parse(typed, Optional.ofNullable(region))).isEqualTo(new ParsedPhone.Invalid(problem));
    }
}
