package io.finguard.adapters.web.oauth;

import io.finguard.domain.model.Scope;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 8414 metadata saying only what FinGuard does: its issuer (equal to the {@code iss} of every token), keys,
 * introspection and revocation with their client authentication, DPoP algorithms and scopes. FinGuard has no
 * authorization or token endpoint, so it names none and lists no response or grant type (docs/integration.md).
 */
final class AuthorizationServerMetadata {
    static final List<String> CLIENT_AUTH_METHODS = List.of("client_secret_basic", "client_secret_post", "private_key_jwt");
    /** What a private_key_jwt client assertion may be signed with (the crypto adapter refuses any other). */
    static final List<String> CLIENT_ASSERTION_ALGS = List.of("ES256");

    private AuthorizationServerMetadata() {
    }

    static Map<String, Object> of(String issuer, String baseUrl) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("jwks_uri", baseUrl + "/.well-known/jwks.json");
        metadata.put("introspection_endpoint", baseUrl + OAuthEndpoints.INTROSPECT_PATH);
        metadata.put("introspection_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        metadata.put("introspection_endpoint_auth_signing_alg_values_supported", CLIENT_ASSERTION_ALGS);
        metadata.put("revocation_endpoint", baseUrl + OAuthEndpoints.REVOKE_PATH);
        metadata.put("revocation_endpoint_auth_methods_supported", CLIENT_AUTH_METHODS);
        metadata.put("revocation_endpoint_auth_signing_alg_values_supported", CLIENT_ASSERTION_ALGS);
        // Required by RFC 8414; empty because there is no authorization endpoint (and so no response type).
        metadata.put("response_types_supported", List.of());
        // Present and empty: when absent, RFC 8414 means ["authorization_code", "implicit"], which would be untrue.
        metadata.put("grant_types_supported", List.of());
        metadata.put("scopes_supported", Arrays.stream(Scope.values()).map(Scope::wireName).toList());
        metadata.put("dpop_signing_alg_values_supported", List.of("ES256"));
        metadata.put("service_documentation", baseUrl + "/docs");
        return metadata;
    }
}
