package io.finguard.adapters.web.oauth;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Scope;
import io.finguard.domain.token.AccessClaims;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The RFC 7662 answer: {@code {"active": false}} and nothing else, or the token's claims with its type. */
final class IntrospectionBody {
    static final Map<String, Object> INACTIVE = Map.of("active", false);

    private IntrospectionBody() {
    }

    static Map<String, Object> active(AccessClaims claims, String issuer, String audience) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", true);
        body.put("iss", issuer);
        body.put("aud", audience);
        body.put("sub", claims.subject().toString());
        body.put("scope", claims.scopes().stream().sorted().map(Scope::wireName).collect(Collectors.joining(" ")));
        body.put("token_type", claims.boundKey().isPresent() ? "DPoP" : "Bearer");
        body.put("exp", claims.expiresAt().getEpochSecond());
        body.put("iat", claims.issuedAt().getEpochSecond());
        body.put("jti", claims.tokenId());
        body.put("sid", claims.session().toString());
        body.put("acr", claims.acr().wireName());
        body.put("amr", claims.amr().stream().sorted().map(AuthMethod::wireName).toList());
        body.put("auth_time", claims.authTime().getEpochSecond());
        body.put("tier", claims.tier().name());
        claims.boundKey().ifPresent(key -> body.put("cnf", Map.of("jkt", key.value())));
        return body;
    }
}
