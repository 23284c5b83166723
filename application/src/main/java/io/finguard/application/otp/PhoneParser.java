package io.finguard.application.otp;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.port.in.PhoneProblem;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses what a person typed with libphonenumber: E.164, or a national number with a region hint. Only
 * numbers that can receive SMS pass (mobile, or fixed-line-or-mobile where a country does not tell them
 * apart); then the allowed-country list applies. Non-ASCII digits are refused rather than normalised.
 */
public final class PhoneParser {
    private static final Pattern TYPED = Pattern.compile("[+]?[0-9 ()./-]{4,30}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Set<PhoneNumberType> SMS_CAPABLE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final OtpPolicy policy;

    public PhoneParser(OtpPolicy policy) {
        this.policy = policy;
    }

    public ParsedPhone parse(String typed, Optional<String> region) {
        if (typed == null || !TYPED.matcher(typed).matches()) {
            return new ParsedPhone.Invalid(PhoneProblem.MALFORMED);
        }
        String regionCode = region.map(String::toUpperCase).orElse("ZZ");
        if (!typed.startsWith("+") && !REGION.matcher(regionCode).matches()) {
            return new ParsedPhone.Invalid(PhoneProblem.MALFORMED);
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = util.parse(typed, regionCode);
        } catch (NumberParseException e) {
            return new ParsedPhone.Invalid(PhoneProblem.MALFORMED);
        }
        if (!util.isValidNumber(parsed)) {
            return new ParsedPhone.Invalid(PhoneProblem.MALFORMED);
        }
        if (!SMS_CAPABLE.contains(util.getNumberType(parsed))) {
            return new ParsedPhone.Invalid(PhoneProblem.NOT_MOBILE);
        }
        PhoneNumber phone = PhoneNumber.of(util.format(parsed, PhoneNumberFormat.E164));
        if (!policy.allows(phone)) {
            return new ParsedPhone.Invalid(PhoneProblem.COUNTRY_NOT_ALLOWED);
        }
        return new ParsedPhone.Valid(phone);
    }
}
