package io.finguard.domain.policy;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The six-digit PINs refused for everyone, computed once (never listed) as bit sets over 000000-999999: trivial
 * ones, keypad patterns and dates of the century. {@link PinPolicy} documents each rule.
 */
final class PinPatterns {
    static final int FIRST_YEAR = 1930;
    static final int LAST_YEAR = 2029;
    private static final int SPACE = 1_000_000;
    private static final int[] COUNTING_STEPS = {1, 2, 10, 11, 100, 111};
    /** Straight three-key lines of a phone keypad (1-2-3 on top, 0 under 8); a numeric keypad has the same lines. */
    private static final List<String> KEYPAD_LINES = List.of("123", "456", "789", "147", "258", "369", "580", "159", "357");

    static final BitSet TRIVIAL = trivial();
    static final BitSet KEYPAD = keypad();
    static final BitSet DATES = dates();

    private PinPatterns() {
    }

    /** The PIN with this number, zero-padded to six digits. */
    static String pin(int n) {
        return Integer.toString(SPACE + n).substring(1);
    }

    static int index(String pin) {
        return Integer.parseInt(pin);
    }

    /** DDMMYY, MMDDYY, YYMMDD and every six-digit window of DDMMYYYY, MMDDYYYY and YYYYMMDD. */
    static SortedSet<String> dateForms(LocalDate date) {
        String dd = twoDigits(date.getDayOfMonth());
        String mm = twoDigits(date.getMonthValue());
        String yyyy = String.format("%04d", date.getYear());
        String yy = yyyy.substring(2);
        SortedSet<String> forms = new TreeSet<>(List.of(dd + mm + yy, mm + dd + yy, yy + mm + dd));
        for (String text : List.of(dd + mm + yyyy, mm + dd + yyyy, yyyy + mm + dd)) {
            for (int i = 0; i + PinPolicy.LENGTH <= text.length(); i++) {
                forms.add(text.substring(i, i + PinPolicy.LENGTH));
            }
        }
        return forms;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static BitSet trivial() {
        BitSet refused = new BitSet(SPACE);
        for (int n = 0; n < SPACE; n++) {
            String pin = pin(n);
            if (constantStep(pin) || repeatedBlock(pin) || new StringBuilder(pin).reverse().toString().equals(pin)) {
                refused.set(n);
            }
        }
        for (int step : COUNTING_STEPS) {
            for (int start = 0; start < 1000; start++) {
                counting(refused, start, step);
                counting(refused, start, -step);
            }
        }
        return refused;
    }

    /** Every digit is the one before plus the same amount, modulo 10: 000000, 345678, 789012, 975319. */
    private static boolean constantStep(String pin) {
        int step = Math.floorMod(pin.charAt(1) - pin.charAt(0), 10);
        for (int i = 2; i < pin.length(); i++) {
            if (Math.floorMod(pin.charAt(i) - pin.charAt(i - 1), 10) != step) {
                return false;
            }
        }
        return true;
    }

    private static boolean repeatedBlock(String pin) {
        return pin.substring(0, 2).repeat(3).equals(pin) || pin.substring(0, 3).repeat(2).equals(pin);
    }

    /** start, start+step, ... written one after another plainly, or each zero-padded to two or three digits. */
    private static void counting(BitSet refused, int start, int step) {
        for (int width : new int[] {0, 2, 3}) {
            StringBuilder text = new StringBuilder();
            for (int n = start; n >= 0 && text.length() < PinPolicy.LENGTH; n += step) {
                String number = Integer.toString(n);
                if (width > 0 && number.length() > width) {
                    break;
                }
                text.append("0".repeat(Math.max(0, width - number.length()))).append(number);
            }
            if (text.length() == PinPolicy.LENGTH) {
                refused.set(index(text.toString()));
            }
        }
    }

    private static BitSet keypad() {
        List<String> strokes = KEYPAD_LINES.stream()
                .flatMap(line -> List.of(line, new StringBuilder(line).reverse().toString()).stream()).toList();
        BitSet refused = new BitSet(SPACE);
        for (String first : strokes) {
            for (String second : strokes) {
                refused.set(index(first + second));
            }
        }
        return refused;
    }

    private static BitSet dates() {
        BitSet refused = new BitSet(SPACE);
        LocalDate end = LocalDate.of(LAST_YEAR + 1, 1, 1);
        for (LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1); day.isBefore(end); day = day.plusDays(1)) {
            dateForms(day).forEach(form -> refused.set(index(form)));
        }
        return refused;
    }
}
