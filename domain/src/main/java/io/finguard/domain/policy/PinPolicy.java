package io.finguard.domain.policy;

import io.finguard.domain.model.PhoneNumber;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Six ASCII digits that no rule refuses. Refused for everyone, checked in this order:
 * <ul>
 *   <li>{@code pin_trivial}: digits stepping by one amount modulo 10 (000000, 345678, 789012, 975319); a repeated
 *       pair or triple (373737, 581581); a palindrome (123321); counting by 1, 2, 10, 11, 100 or 111, the numbers
 *       written plainly or zero-padded to two or three digits (121314, 246810, 102030, 112233, 100200, 111222, 010203);</li>
 *   <li>{@code pin_common}: two straight three-key lines of a phone keypad, each either way (rows, columns, the
 *       diagonals, and 5-8-0; a numeric keypad has the same lines): 147258, 159357, 789456, 258580;</li>
 *   <li>{@code pin_date}: a date from 1930-01-01 to 2029-12-31 as DDMMYY, MMDDYY, YYMMDD or any six-digit window of
 *       DDMMYYYY, MMDDYYYY or YYYYMMDD (so DDMMCC, MMYYYY, DDYYYY, YYYYMM and the like).</li>
 * </ul>
 * That is {@value #REFUSED_FOR_EVERYONE} of the 1,000,000 PINs (10.7034 %: 14,283 trivial, 324 keypad
 * patterns, 93,875 dates, overlaps counted once). Then, per user: {@code pin_from_phone},
 * six consecutive digits of the number (E.164 digits, or the national number after a trunk 0), at most 13 more; and
 * {@code pin_from_birth_date}, the date forms above of the birth date, which only adds PINs for a birth date outside
 * the century.
 */
public final class PinPolicy {
    public static final int LENGTH = 6;
    public static final int REFUSED_FOR_EVERYONE = 107_034;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    public SecretVerdict check(String pin, PhoneNumber phone, Optional<LocalDate> dateOfBirth) {
        if (pin == null || !SIX_DIGITS.matcher(pin).matches()) {
            return new SecretVerdict.Weak(WeakSecret.PIN_FORMAT);
        }
        int index = PinPatterns.index(pin);
        if (PinPatterns.TRIVIAL.get(index)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_TRIVIAL);
        }
        if (PinPatterns.KEYPAD.get(index)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_COMMON);
        }
        if (PinPatterns.DATES.get(index)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_DATE);
        }
        if (fromPhone(pin, phone)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_FROM_PHONE);
        }
        if (dateOfBirth.map(dob -> PinPatterns.dateForms(dob).contains(pin)).orElse(false)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_FROM_BIRTH_DATE);
        }
        return new SecretVerdict.Acceptable(pin);
    }

    /**
     * The PINs of a birth date's forms that this policy would otherwise accept: the only ones a stored PIN hash needs
     * checking against once the birth date is known (none for a birth date inside the century).
     */
    public static SortedSet<String> birthDateCandidates(LocalDate dob) {
        SortedSet<String> candidates = new TreeSet<>(PinPatterns.dateForms(dob));
        candidates.removeIf(pin -> {
            int index = PinPatterns.index(pin);
            return PinPatterns.TRIVIAL.get(index) || PinPatterns.KEYPAD.get(index) || PinPatterns.DATES.get(index);
        });
        return candidates;
    }

    /** Country codes have one to three digits, so the national number with its trunk 0 is one of three. */
    private static boolean fromPhone(String pin, PhoneNumber phone) {
        String digits = phone.digits();
        if (digits.contains(pin)) {
            return true;
        }
        for (int countryCode = 1; countryCode <= 3; countryCode++) {
            if (("0" + digits.substring(countryCode)).startsWith(pin)) {
                return true;
            }
        }
        return false;
    }
}
