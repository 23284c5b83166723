package io.finguard.bootstrap.e2e;

import java.time.Instant;

/** A code request that went out: the challenge id the API answered and the code the SMS gateway received. */
record Challenge(String phone, String challengeId, String code, Instant sentAt) {

    /** A code of the same length that is certainly not this one. */
    String wrongCode() {
        long modulus = (long) Math.pow(10, code.length());
        return String.format("%0" + code.length() + "d", (Long.parseLong(code) + 1) % modulus);
    }

    @Override
    public String toString() {
        return "Challenge[" + challengeId + "]";
    }
}
