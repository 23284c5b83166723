package io.finguard.adapters.crypto.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.finguard.domain.port.out.AssertionCheck;
import io.finguard.domain.port.out.AssertionExpectation;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NimbusClientAssertionsTest {
    private static final String ISSUER = "https://id.finguard.test";
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final ECKey KEY = generate();
    private static final ECKey OTHER = generate();
    private final NimbusClientAssertions assertions = new NimbusClientAssertions();
    private final AssertionExpectation expected = new AssertionExpectation("risk", Set.of(ISSUER, ISSUER + "/oauth2/introspect"), NOW);

    @Test
    void anEs256AssertionOfTheRegisteredKeyIsValidWithItsJtiAndExpiry() throws Exception {
        AssertionCheck check = assertions.check(signed(KEY, b -> b), KEY.toPublicJWK().toJSONString(), expected);
        assertThat(check).isEqualTo(new AssertionCheck.Valid(
                new io.finguard.domain.model.KeyThumbprint(KEY.computeThumbprint().toString()), "jti-1", NOW.plusSeconds(60)));
        assertThat(assertions.check(signed(KEY, b -> b.audience(List.of("elsewhere", ISSUER + "/oauth2/introspect"))),
                KEY.toPublicJWK().toJSONString(), expected)).isInstanceOf(AssertionCheck.Valid.class);
    }

    @Test
    void everyBrokenRuleIsRefused() throws Exception {
        String key = KEY.toPublicJWK().toJSONString();
        assertThat(assertions.check(signed(OTHER, b -> b), key, expected)).isInstanceOf(AssertionCheck.Invalid.class);
        for (UnaryOperator<JWTClaimsSet.Builder> broken : List.<UnaryOperator<JWTClaimsSet.Builder>>of(
                b -> b.issuer("orders"), b -> b.subject("orders"), b -> b.audience("https://elsewhere"), b -> b.audience(List.of()),
                b -> b.jwtID(null), b -> b.expirationTime(null), b -> b.expirationTime(Date.from(NOW.minusSeconds(31))),
                b -> b.expirationTime(Date.from(NOW.plusSeconds(331))), b -> b.notBeforeTime(Date.from(NOW.plusSeconds(60))),
                b -> b.issueTime(Date.from(NOW.plusSeconds(60))))) {
            assertThat(assertions.check(signed(KEY, broken), key, expected)).isInstanceOf(AssertionCheck.Invalid.class);
        }
    }

    @Test
    void noneHmacAndGarbageAreRefused() throws Exception {
        String key = KEY.toPublicJWK().toJSONString();
        JWTClaimsSet claims = claims(b -> b);
        assertThat(assertions.check(new PlainJWT(claims).serialize(), key, expected)).isInstanceOf(AssertionCheck.Invalid.class);
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner(new byte[32]));
        assertThat(assertions.check(hmac.serialize(), key, expected)).isInstanceOf(AssertionCheck.Invalid.class);
        assertThat(assertions.check("not.a.jwt", key, expected)).isInstanceOf(AssertionCheck.Invalid.class);
        assertThat(assertions.check("", key, expected)).isInstanceOf(AssertionCheck.Invalid.class);
    }

    @Test
    void onlyAPublicP256KeyCanBeRegistered() throws Exception {
        assertThat(NimbusClientAssertions.publicKey(KEY.toPublicJWK().toJSONString())).isEqualTo(KEY.toPublicJWK());
        assertThatThrownBy(() -> NimbusClientAssertions.publicKey(KEY.toJSONString())).hasMessageContaining("private key");
        assertThatThrownBy(() -> NimbusClientAssertions.publicKey(new ECKeyGenerator(Curve.P_384).generate().toPublicJWK()
                .toJSONString())).hasMessageContaining("P-256");
        assertThatThrownBy(() -> NimbusClientAssertions.publicKey("{")).hasMessageContaining("not a JWK");
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer("risk").subject("risk").audience(ISSUER).jwtID("jti-1")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60)))).build();
    }

    private static String signed(ECKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims(change));
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
