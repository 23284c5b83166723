package io.finguard.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemoryTokenIssuer;
import io.finguard.domain.fixtures.MutableClock;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.port.out.TokenIssuer;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache skips only the signature check: never past exp, never for an invalid token, and not after forget. */
class VerifiedAccessTokensTest {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T10:00:00Z");
    private final CountingIssuer issuer = new CountingIssuer(new InMemoryTokenIssuer());
    private final VerifiedAccessTokens cache = new VerifiedAccessTokens(issuer, clock, 100);

    private String token(Duration lifetime) {
        Instant now = clock.instant();
        return issuer.issueAccessToken(new AccessClaims(SampleValues.userId(), SampleValues.familyId(), EnumSet.of(Scope.PROFILE_READ),
                Tier.FULL, AssuranceLevel.AAL2, EnumSet.of(AuthMethod.PASSWORD), now, now, now.plus(lifetime),
                UUID.randomUUID().toString())).value();
    }

    @Test
    void aTokenPresentedAgainIsNotVerifiedAgainAndGivesTheSameClaims() {
        String token = token(Duration.ofMinutes(15));

        TokenCheck<AccessClaims> first = cache.verify(token);
        TokenCheck<AccessClaims> second = cache.verify(token);

        assertThat(first).isInstanceOf(TokenCheck.Valid.class);
        assertThat(second).isEqualTo(first);
        assertThat(issuer.verifications.get()).isEqualTo(1);
    }

    @Test
    void aCachedTokenFailsOnceItsExpiryIsReached() {
        String token = token(Duration.ofMinutes(15));
        cache.verify(token);

        clock.advance(Duration.ofMinutes(15));

        assertThat(cache.verify(token)).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.EXPIRED));
        assertThat(issuer.verifications.get()).as("expired entries go back to the issuer").isEqualTo(2);
    }

    @Test
    void anInvalidTokenIsNeverCachedSoEveryPresentationIsVerified() {
        cache.verify("not-a-token");
        assertThat(cache.verify("not-a-token")).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(issuer.verifications.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aForgottenTokenIsVerifiedAfresh() {
        String token = token(Duration.ofMinutes(15));
        cache.verify(token);

        cache.forget(token);
        cache.verify(token);

        assertThat(issuer.verifications.get()).isEqualTo(2);
    }

    @Test
    void theCacheIsBounded() {
        VerifiedAccessTokens small = new VerifiedAccessTokens(issuer, clock, 3);
        for (int i = 0; i < 20; i++) {
            small.verify(token(Duration.ofMinutes(15)));
        }
        assertThat(small.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void aCapacityOfZeroVerifiesEveryTime() {
        VerifiedAccessTokens none = new VerifiedAccessTokens(issuer, clock, 0);
        String token = token(Duration.ofMinutes(15));
        none.verify(token);
        none.verify(token);
        assertThat(issuer.verifications.get()).isEqualTo(2);
    }

    /** Counts verifications of access tokens; everything else goes straight through. */
    private record CountingIssuer(TokenIssuer inner, AtomicInteger verifications) implements TokenIssuer {
        CountingIssuer(TokenIssuer inner) {
            this(inner, new AtomicInteger());
        }

        @Override
        public IssuedToken issueAccessToken(AccessClaims claims) {
            return inner.issueAccessToken(claims);
        }

        @Override
        public IssuedToken issueTicket(FlowTicket ticket) {
            return inner.issueTicket(ticket);
        }

        @Override
        public TokenCheck<AccessClaims> verifyAccessToken(String token, Instant now) {
            verifications.incrementAndGet();
            return inner.verifyAccessToken(token, now);
        }

        @Override
        public TokenCheck<FlowTicket> verifyTicket(String token, TicketKind expected, Instant now) {
            return inner.verifyTicket(token, expected, now);
        }

        @Override
        public String publicKeysJson() {
            return inner.publicKeysJson();
        }
    }
}
