package io.finguard.bootstrap.e2e;

import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh German mobile numbers (+49 151 and eight random digits), never the same twice in a JVM, so no test meets
 * another's per-phone cooldown, burst limit or lock. Each number is registered with the {@link SecretLedger}.
 */
final class Phones {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "+49151";
    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Phones() {
    }

    static String fresh() {
        return freshIn(PREFIX);
    }

    /** A fresh number under another mobile prefix (e.g. "+49170"), for tests that must not spend +49151's budget. */
    static String freshIn(String prefix) {
        while (true) {
            String phone = prefix + String.format("%08d", RANDOM.nextInt(100_000_000));
            if (HANDED_OUT.add(phone)) {
                SecretLedger.phoneUsed(phone);
                return phone;
            }
        }
    }

    /** The national significant number, e.g. 15112345678 for +4915112345678. */
    static String nationalDigits(String e164) {
        return e164.substring(3);
    }
}
