package io.finguard.domain.policy;

import io.finguard.domain.model.PhoneNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Six ASCII digits, not trivial (all one digit, ascending or descending runs, repeated pairs or
 * triples), not in the common-PIN list, not a run of the phone number, not a form of the birth date.
 */
public final class PinPolicy {
    public static final int LENGTH = 6;

    private static final Set<String> COMMON = Set.of(
            "123456", "654321", "111111", "000000", "123123", "121212", "112233", "696969", "159753", "147258",
            "789456", "102030", "123321", "520520", "131313", "666666", "222222", "777777", "101010", "202020",
            "159357", "147852", "258369", "987654", "999999", "888888", "555555", "444444", "333333", "012345",
            "543210", "121314", "112211", "456789", "246810", "135790", "753951", "951753", "100200", "007007");
    private static final List<DateTimeFormatter> BIRTH_DATE_FORMS = List.of(
            DateTimeFormatter.ofPattern("ddMMyy"), DateTimeFormatter.ofPattern("MMddyy"),
            DateTimeFormatter.ofPattern("yyMMdd"), DateTimeFormatter.ofPattern("ddMMyyyy"),
            DateTimeFormatter.ofPattern("MMyyyy"), DateTimeFormatter.ofPattern("yyyyMM"));

    public SecretVerdict check(String pin, PhoneNumber phone, Optional<LocalDate> dateOfBirth) {
        if (pin == null || !pin.matches("[0-9]{6}")) {
            return new SecretVerdict.Weak(WeakSecret.PIN_FORMAT);
        }
        if (isTrivial(pin)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_TRIVIAL);
        }
        if (COMMON.contains(pin)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_COMMON);
        }
        if (phone.digits().contains(pin)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_FROM_PHONE);
        }
        if (dateOfBirth.map(dob -> fromBirthDate(pin, dob)).orElse(false)) {
            return new SecretVerdict.Weak(WeakSecret.PIN_FROM_BIRTH_DATE);
        }
        return new SecretVerdict.Acceptable(pin);
    }

    /** Every six-digit PIN a birth date yields in the forms this policy refuses (for checking a stored PIN hash). */
    public static java.util.SortedSet<String> birthDateCandidates(LocalDate dob) {
        java.util.SortedSet<String> candidates = new java.util.TreeSet<>();
        for (DateTimeFormatter form : BIRTH_DATE_FORMS) {
            String text = dob.format(form);
            for (int i = 0; i + LENGTH <= text.length(); i++) {
                candidates.add(text.substring(i, i + LENGTH));
            }
        }
        return candidates;
    }

    private static boolean isTrivial(String pin) {
        boolean allSame = pin.chars().allMatch(c -> c == pin.charAt(0));
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            ascending &= step == 1;
            descending &= step == -1;
        }
        boolean pairs = pin.substring(0, 2).repeat(3).equals(pin);
        boolean triples = pin.substring(0, 3).repeat(2).equals(pin);
        return allSame || ascending || descending || pairs || triples;
    }

    private static boolean fromBirthDate(String pin, LocalDate dob) {
        return BIRTH_DATE_FORMS.stream().map(dob::format).anyMatch(form -> form.contains(pin));
    }
}
