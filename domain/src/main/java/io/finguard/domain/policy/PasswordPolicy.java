package io.finguard.domain.policy;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.CommonPasswords;
import java.text.Normalizer;
import java.util.Objects;

/**
 * NIST 800-63B passwords: NFKC-normalized, 8-128 code points, no composition rules, not common or
 * breached, not containing the phone number. Never truncated.
 */
public final class PasswordPolicy {
    public static final int FLOOR_MIN_LENGTH = 8;

    private final int minLength;
    private final int maxLength;
    private final CommonPasswords commonPasswords;

    public PasswordPolicy(int minLength, int maxLength, CommonPasswords commonPasswords) {
        if (minLength < FLOOR_MIN_LENGTH || maxLength < minLength) {
            throw new IllegalArgumentException("password length bounds must be >= 8 and ordered");
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.commonPasswords = Objects.requireNonNull(commonPasswords, "commonPasswords");
    }

    public static PasswordPolicy defaults(CommonPasswords commonPasswords) {
        return new PasswordPolicy(8, 128, commonPasswords);
    }

    public SecretVerdict check(String password, PhoneNumber phone) {
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < minLength) {
            return new SecretVerdict.Weak(WeakSecret.PASSWORD_TOO_SHORT);
        }
        if (length > maxLength) {
            return new SecretVerdict.Weak(WeakSecret.PASSWORD_TOO_LONG);
        }
        String digitsOnly = asciiDigits(normalized);
        String national = phone.digits().length() > 7 ? phone.digits().substring(phone.digits().length() - 7) : phone.digits();
        if (digitsOnly.contains(national)) {
            return new SecretVerdict.Weak(WeakSecret.PASSWORD_CONTAINS_PHONE);
        }
        if (commonPasswords.contains(normalized)) {
            return new SecretVerdict.Weak(WeakSecret.PASSWORD_COMMON);
        }
        return new SecretVerdict.Acceptable(normalized);
    }

    /** Every decimal digit of any script as its ASCII value, everything else dropped (NFKC keeps e.g. Arabic-Indic digits). */
    private static String asciiDigits(String text) {
        StringBuilder digits = new StringBuilder();
        text.codePoints().filter(Character::isDigit).map(cp -> '0' + Character.digit(cp, 10)).forEach(digits::appendCodePoint);
        return digits.toString();
    }
}
