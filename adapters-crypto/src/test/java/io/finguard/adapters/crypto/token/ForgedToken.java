package io.finguard.adapters.crypto.token;

import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds JWTs by hand (header and payload as JSON, any signature), for tokens java-jwt refuses to create. */
final class ForgedToken {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> payload = new LinkedHashMap<>();

    static ForgedToken with(Map<String, ?> header, Map<String, ?> payload) {
        ForgedToken token = new ForgedToken();
        token.header.putAll(header);
        token.payload.putAll(payload);
        return token;
    }

    ForgedToken header(String name, Object value) {
        if (value == null) {
            header.remove(name);
        } else {
            header.put(name, value);
        }
        return this;
    }

    ForgedToken claim(String name, Object value) {
        if (value == null) {
            payload.remove(name);
        } else {
            payload.put(name, value);
        }
        return this;
    }

    String signingInput() {
        return encode(json(header)) + "." + encode(json(payload));
    }

    /** Signs with any java-jwt algorithm (ES256 gives the JOSE r||s form, as RFC 7518 wants). */
    String signedWith(Algorithm algorithm) {
        String[] parts = signingInput().split("\\.");
        byte[] signature = algorithm.sign(parts[0].getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII));
        return signingInput() + "." + B64URL.encodeToString(signature);
    }

    String unsigned() {
        return signingInput() + ".";
    }

    private static String encode(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Enough JSON for JWT claims: strings, numbers, booleans and lists of those. */
    static String json(Object value) {
        return switch (value) {
            case String text -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case List<?> list -> {
                StringBuilder out = new StringBuilder("[");
                for (Object item : list) {
                    out.append(out.length() > 1 ? "," : "").append(json(item));
                }
                yield out.append(']').toString();
            }
            case Map<?, ?> map -> {
                StringBuilder out = new StringBuilder("{");
                map.forEach((key, item) -> out.append(out.length() > 1 ? "," : "").append(json(key.toString()))
                        .append(':').append(json(item)));
                yield out.append('}').toString();
            }
            default -> throw new IllegalArgumentException("unsupported " + value.getClass());
        };
    }
}
