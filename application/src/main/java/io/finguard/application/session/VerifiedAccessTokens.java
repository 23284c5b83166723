package io.finguard.application.session;

import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.out.TokenIssuer;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens whose signature and claims were verified once, so a token presented again skips the ES256 check (the
 * largest CPU cost of a read, see benchmarks/profiles). Bounded; keyed by the token's SHA-256 in hex (never the token); an entry
 * counts only before the token's {@code exp}. It caches verification, never liveness: the caller still asks whether the
 * session ended on every request, and {@link #forget}s a token whose session has. A lock-free map (the application
 * layer takes no cache library, see the architecture rules): when full, expired entries go first, then any.
 */
public final class VerifiedAccessTokens {
    /** Enough for every token of a busy instance's last minutes; about 1 KiB per entry. */
    public static final int DEFAULT_CAPACITY = 10_000;
    private final TokenIssuer tokens;
    private final Clock clock;
    private final int capacity;
    private final Map<String, AccessClaims> verified = new ConcurrentHashMap<>();

    public VerifiedAccessTokens(TokenIssuer tokens, Clock clock, int capacity) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
    }

    /** The token's claims: from the cache while it has not expired, else verified by the issuer (and cached if valid). */
    public TokenCheck<AccessClaims> verify(String token) {
        Instant now = clock.instant();
        if (token == null || token.isEmpty() || capacity == 0) {
            return tokens.verifyAccessToken(token, now);
        }
        String key = Sha256.hex(token);
        AccessClaims cached = verified.get(key);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return new TokenCheck.Valid<>(cached);
        }
        TokenCheck<AccessClaims> check = tokens.verifyAccessToken(token, now);
        if (check instanceof TokenCheck.Valid<AccessClaims> valid && now.isBefore(valid.claims().expiresAt())) {
            makeRoom(now);
            verified.put(key, valid.claims());
        } else if (cached != null) {
            verified.remove(key);
        }
        return check;
    }

    /** Drops the token: its session ended, so it must be verified (and refused) afresh if it comes again. */
    public void forget(String token) {
        if (token != null && !token.isEmpty()) {
            verified.remove(Sha256.hex(token));
        }
    }

    /** How many verified tokens are held now (for tests and metrics). */
    public int size() {
        return verified.size();
    }

    /** Expired entries first; if the map is still full, arbitrary ones (a miss costs one verification, nothing more). */
    private void makeRoom(Instant now) {
        if (verified.size() < capacity) {
            return;
        }
        verified.values().removeIf(claims -> !now.isBefore(claims.expiresAt()));
        Iterator<String> any = verified.keySet().iterator();
        while (verified.size() >= capacity && any.hasNext()) {
            any.next();
            any.remove();
        }
    }
}
