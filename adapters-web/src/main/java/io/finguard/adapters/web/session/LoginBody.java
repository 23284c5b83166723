package io.finguard.adapters.web.session;

import io.finguard.adapters.web.signup.SignupBody;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.in.SessionTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * L6, the login result on the wire: {authState, accountTier?, nextStep, tokens?, ticket?, signup?}; a step-up answer
 * also names the second factors that will do ({@code stepUpMethods}) and, when the number may have a new owner, a
 * {@code releaseTicket} for POST /v1/auth/release-number.
 */
record LoginBody(String authState, String accountTier, String nextStep, Tokens tokens, String ticket,
                 Long ticketExpiresIn, SignupBody signup, List<String> stepUpMethods, String releaseTicket) {

    LoginBody(String authState, String accountTier, String nextStep, Tokens tokens, String ticket, Long ticketExpiresIn,
              SignupBody signup) {
        this(authState, accountTier, nextStep, tokens, ticket, ticketExpiresIn, signup, null, null);
    }

    /** The session pair: a Bearer access token with its scopes and {@code acr}, and the refresh token. */
    record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope, String acr) {

        static Tokens of(SessionTokens tokens, Instant now) {
            String scope = tokens.scopes().stream().map(Scope::wireName).sorted().collect(Collectors.joining(" "));
            return new Tokens(tokens.access().value(), tokens.bound() ? "DPoP" : "Bearer", secondsUntil(tokens.access().expiresAt(), now),
                    tokens.refresh().value(), scope, tokens.acr().wireName());
        }
    }

    static long secondsUntil(Instant expiresAt, Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).toSeconds());
    }
}
