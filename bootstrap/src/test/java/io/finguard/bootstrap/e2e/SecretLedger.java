package io.finguard.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every secret the suite handled, JVM-wide: codes the SMS gateway received, passwords and PINs it chose, tokens
 * and tickets the API handed out, and phone numbers it used. The data checks look for all of them at once.
 */
final class SecretLedger {
    private static final Set<String> CODES = ConcurrentHashMap.newKeySet();
    private static final Set<String> PINS = ConcurrentHashMap.newKeySet();
    private static final Set<String> PASSWORDS = ConcurrentHashMap.newKeySet();
    private static final Set<String> TOKENS = ConcurrentHashMap.newKeySet();
    private static final Set<String> PHONES = ConcurrentHashMap.newKeySet();

    private SecretLedger() {
    }

    /** One secret and how to recognise it in text. */
    record Secret(String kind, String value, Pattern pattern) {
        boolean foundIn(String text) {
            return text != null && pattern.matcher(text).find();
        }

        /** The text with this secret replaced by its kind, for failure messages. */
        String redact(String text) {
            return pattern.matcher(text).replaceAll("<" + kind + ">");
        }

        @Override
        public String toString() {
            // A failure message names the kind and a prefix only, so test reports do not republish the secret.
            return kind + "(" + value.substring(0, Math.min(3, value.length())) + "...)";
        }
    }

    static void codeSeen(String code) {
        CODES.add(code);
    }

    static void pinChosen(String pin) {
        PINS.add(pin);
    }

    static void passwordChosen(String password) {
        PASSWORDS.add(password);
    }

    static void tokenIssued(String token) {
        TOKENS.add(token);
    }

    static void phoneUsed(String e164) {
        PHONES.add(e164);
    }

    static int codeCount() {
        return CODES.size();
    }

    /**
     * Codes and PINs are short digit strings: they count as found only as a whole token (no letter or digit
     * either side), or a UUID or a hash that happens to contain the digits would look like a leak.
     */
    static List<Secret> all() {
        List<Secret> secrets = new ArrayList<>();
        CODES.forEach(code -> secrets.add(new Secret("otp-code", code, wholeToken(code))));
        PINS.forEach(pin -> secrets.add(new Secret("pin", pin, wholeToken(pin))));
        PASSWORDS.forEach(password -> secrets.add(new Secret("password", password, Pattern.compile(Pattern.quote(password)))));
        TOKENS.forEach(token -> secrets.add(new Secret("token", token, Pattern.compile(Pattern.quote(token)))));
        return secrets;
    }

    /** Phone digits as they would appear if a key or line held the raw number: E.164 digits and national digits. */
    static List<Secret> phoneDigits() {
        List<Secret> digits = new ArrayList<>();
        for (String phone : PHONES) {
            String e164Digits = phone.substring(1);
            String national = Phones.nationalDigits(phone);
            digits.add(new Secret("phone-e164", e164Digits, Pattern.compile(Pattern.quote(e164Digits))));
            digits.add(new Secret("phone-national", national, Pattern.compile(Pattern.quote(national))));
        }
        return digits;
    }

    private static Pattern wholeToken(String digits) {
        return Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(digits) + "(?![0-9A-Za-z])");
    }
}
