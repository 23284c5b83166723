package io.finguard.domain.model;

import io.finguard.domain.token.AccessClaims;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A resource server allowed to introspect and revoke: its id, how it authenticates, the token audiences it may ask
 * about and, when not empty, the scopes a token must carry one of for this client to see or revoke it.
 */
public record RegisteredClient(String id, ClientCredential credential, Set<String> audiences, Set<Scope> scopes) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public RegisteredClient {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a client id is 1..64 of A-Z a-z 0-9 . _ -");
        }
        Objects.requireNonNull(credential, "credential");
        audiences = Set.copyOf(audiences);
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("a client needs at least one audience");
        }
        scopes = Set.copyOf(scopes);
    }

    /** A client_secret client from the hex SHA-256 of the secret, as operators write it, with no scope restriction. */
    public static RegisteredClient of(String id, String secretSha256Hex, Set<String> audiences) {
        return new RegisteredClient(id, new ClientCredential.SecretDigest(HexFormat.of().parseHex(secretSha256Hex)),
                audiences, Set.of());
    }

    /**
     * The audience rule (docs/integration.md): a client sees and revokes only tokens issued for one of its audiences
     * and, if it registered scopes, carrying at least one of them.
     */
    public boolean permits(String tokenAudience, AccessClaims claims) {
        return audiences.contains(tokenAudience) && (scopes.isEmpty() || claims.scopes().stream().anyMatch(scopes::contains));
    }
}
