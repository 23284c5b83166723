package io.finguard.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A person who finished signup through the API: what they know (phone, password, PIN), the device they used,
 * their user id, their current token pair, and when their phone last got a code (for the resend cooldown).
 */
record Member(String phone, String device, String password, String pin, String userId, String accessToken,
              String refreshToken, Instant lastCodeSentAt) {

    /** The same member holding the token pair of a login answer ({@code {tokens: {accessToken, refreshToken}}}). */
    Member withTokensOf(JsonNode loginAnswer) {
        return new Member(phone, device, password, pin, userId, loginAnswer.at("/tokens/accessToken").asText(),
                loginAnswer.at("/tokens/refreshToken").asText(), lastCodeSentAt);
    }

    Member withCodeSentAt(Instant sentAt) {
        return new Member(phone, device, password, pin, userId, accessToken, refreshToken, sentAt);
    }

    @Override
    public String toString() {
        return "Member[" + userId + "]";
    }
}
