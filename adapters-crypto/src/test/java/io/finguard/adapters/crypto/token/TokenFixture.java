package io.finguard.adapters.crypto.token;

import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.domain.model.DeviceId;
import java.util.Optional;
import com.auth0.jwt.algorithms.Algorithm;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shared issuer settings, keys and claims for the token tests. */
final class TokenFixture {
    static final String ISSUER = "https://auth.finguard.test";
    static final String AUDIENCE = "finguard-api";
    static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    static final TokenConfig CONFIG = TokenConfig.of(ISSUER, AUDIENCE);
    /** Generating keys is cheap, but one shared key keeps the tests' kids stable within a run. */
    static final SigningKey KEY = SigningKey.generate();
    static final SigningKeyRing RING = SigningKeyRing.of(KEY);

    private TokenFixture() {
    }

    static Es256TokenIssuer issuer() {
        return new Es256TokenIssuer(CONFIG, RING);
    }

    static AccessClaims claims() {
        return new AccessClaims(UserId.of(UUID.randomUUID()), FamilyId.of(UUID.randomUUID()),
                EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.TRANSFER_CREATE), Tier.FULL,
                AssuranceLevel.AAL2, EnumSet.of(AuthMethod.SMS, AuthMethod.PIN), NOW.minusSeconds(30), NOW,
                NOW.plus(Duration.ofMinutes(10)), UUID.randomUUID().toString());
    }

    static FlowTicket ticket(TicketKind kind) {
        return new FlowTicket(kind, UUID.randomUUID().toString(), Optional.of(new DeviceId("device-1")), NOW, NOW.plus(Duration.ofMinutes(15)),
                UUID.randomUUID().toString());
    }

    static Algorithm es256(SigningKey key) {
        return Algorithm.ECDSA256(key.publicKey(), key.privateKey());
    }

    static Map<String, Object> accessHeader() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "ES256");
        header.put("typ", "at+jwt");
        header.put("kid", KEY.kid());
        return header;
    }

    /** A payload exactly like the issuer writes, valid at {@link #NOW}. */
    static Map<String, Object> accessPayload() {
        long now = NOW.getEpochSecond();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", ISSUER);
        payload.put("aud", AUDIENCE);
        payload.put("sub", UUID.randomUUID().toString());
        payload.put("iat", now);
        payload.put("nbf", now);
        payload.put("exp", now + 600);
        payload.put("jti", UUID.randomUUID().toString());
        payload.put("scope", "profile:read balance:read");
        payload.put("tier", "LIMITED");
        payload.put("acr", "urn:finguard:acr:aal1");
        payload.put("amr", List.of("sms"));
        payload.put("auth_time", now);
        payload.put("sid", UUID.randomUUID().toString());
        return payload;
    }

    static ForgedToken forgedAccess() {
        return ForgedToken.with(accessHeader(), accessPayload());
    }
}
