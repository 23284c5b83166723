package io.finguard.adapters.crypto.key;

import java.util.List;

/** Renders verification keys as a JWKS document (RFC 7517/7518) without a JSON library. */
public final class Jwks {
    private Jwks() {
    }

    /** Kids are restricted to URL-safe characters and coordinates are base64url, so nothing needs escaping. */
    public static String render(List<VerificationKey> keys) {
        StringBuilder json = new StringBuilder("{\"keys\":[");
        for (int i = 0; i < keys.size(); i++) {
            VerificationKey key = keys.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"kty\":\"EC\",\"crv\":\"P-256\"")
                    .append(",\"x\":\"").append(P256.x(key.publicKey())).append('"')
                    .append(",\"y\":\"").append(P256.y(key.publicKey())).append('"')
                    .append(",\"kid\":\"").append(key.kid()).append('"')
                    .append(",\"use\":\"sig\",\"alg\":\"ES256\"}");
        }
        return json.append("]}").toString();
    }
}
