package io.finguard.bootstrap.e2e;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

// README: Verify FinGuard tokens in your service (JVM) -- this file is included there verbatim (ReadmeSnippetsTest).
/** A resource server's check of FinGuard access tokens (nimbus-jose-jwt), configured only from the discovery document. */
final class FinGuardTokenVerifier {
    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    FinGuardTokenVerifier(String issuer, String audience) throws Exception {
        Map<String, Object> metadata;
        try (InputStream in = URI.create(issuer + "/.well-known/oauth-authorization-server").toURL().openStream()) {
            metadata = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!issuer.equals(metadata.get("issuer"))) {
            throw new IllegalStateException("the metadata names another issuer");
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create((String) metadata.get("jwks_uri")).toURL()).build();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer((String) metadata.get("issuer")).build(), Set.of("sub", "exp", "iat", "jti")));
    }

    /** The token's claims (sub, scope, acr, sid, cnf.jkt...), or a BadJOSEException / JOSEException if refused. */
    JWTClaimsSet verify(String accessToken) throws Exception {
        return processor.process(accessToken, null);
    }
}
