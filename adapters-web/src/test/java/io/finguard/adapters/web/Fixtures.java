package io.finguard.adapters.web;

import io.finguard.domain.model.DeviceId;
import java.util.Optional;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.SignupStep;
import io.finguard.domain.port.in.SignupView;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.RefreshToken;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.signup.PreUserStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Canned values for the web tests: one user, one signup, tokens of each kind. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final UserId USER = UserId.of(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    static final FamilyId SESSION = FamilyId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f1"));
    static final PreUserId SIGNUP = PreUserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final String LIMITED_TOKEN = "access-limited";
    static final String FULL_TOKEN = "access-full";
    static final String SIGNUP_TICKET = "ticket-signup";
    static final String STEP_UP_TICKET = "ticket-step-up";
    static final String RELEASE_TICKET = "ticket-release-number";
    static final String ADMIN_TOKEN = "operator-secret-token-for-tests-only";
    static final byte[] KYC_KEY = "kyc-callback-key-of-at-least-32-bytes!!".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private Fixtures() {
    }

    static AccessClaims claims(Tier tier, Set<Scope> scopes, AssuranceLevel acr) {
        return new AccessClaims(USER, SESSION, scopes, tier, acr, EnumSet.of(AuthMethod.SMS), NOW, NOW,
                NOW.plus(Duration.ofMinutes(10)), "jti-1");
    }

    static AccessClaims limited() {
        return claims(Tier.LIMITED, EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.KYC_SUBMIT, Scope.SESSION_MANAGE),
                AssuranceLevel.AAL1);
    }

    static AccessClaims full() {
        return claims(Tier.FULL, EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.TRANSFER_CREATE, Scope.SESSION_MANAGE),
                AssuranceLevel.AAL2);
    }

    static FlowTicket stepUpTicket() {
        return new FlowTicket(TicketKind.STEP_UP, USER.toString(), Optional.of(new DeviceId("phone-1")), NOW, NOW.plusSeconds(300), "t-1");
    }

    /** Registers one token of each kind with the stub, so bearer checks have something to accept. */
    static void registerTokens(StubUseCases stubs) {
        stubs.authenticate.accessTokens.put(LIMITED_TOKEN, limited());
        stubs.authenticate.accessTokens.put(FULL_TOKEN, full());
        stubs.authenticate.signupTickets.put(SIGNUP_TICKET, SIGNUP);
        stubs.authenticate.stepUpTickets.put(STEP_UP_TICKET, stepUpTicket());
        stubs.authenticate.releaseTickets.put(RELEASE_TICKET, new FlowTicket(TicketKind.RELEASE_NUMBER, USER.toString(),
                Optional.of(new DeviceId("new-phone")), NOW, NOW.plusSeconds(300), "t-2"));
    }

    static SessionTokens tokens(Tier tier, AssuranceLevel acr) {
        Set<Scope> scopes = tier == Tier.FULL ? full().scopes() : limited().scopes();
        return new SessionTokens(new IssuedToken("eyJ.access.sig", NOW.plusSeconds(600)),
                new RefreshToken("refresh-opaque-1", new TokenDigest("a".repeat(64))), scopes, acr);
    }

    static SignupView signup(PreUserStatus status, SignupStep next) {
        return new SignupView(SIGNUP, status, next);
    }

    static IssuedToken ticket(String value) {
        return new IssuedToken(value, NOW.plusSeconds(900));
    }
}
