package io.finguard.adapters.web.oauth;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A resource server allowed to introspect and revoke: its id, the SHA-256 of its secret (the secret itself is never
 * kept), and the token audiences it may ask about.
 */
public record RegisteredClient(String id, byte[] secretSha256, Set<String> audiences) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public RegisteredClient {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a client id is 1..64 of A-Z a-z 0-9 . _ -");
        }
        if (secretSha256 == null || secretSha256.length != 32) {
            throw new IllegalArgumentException("secretSha256 must be 32 bytes");
        }
        secretSha256 = secretSha256.clone();
        audiences = Set.copyOf(audiences);
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("a client needs at least one audience");
        }
    }

    /** From the hex SHA-256 of the secret, as operators write it into the configuration. */
    public static RegisteredClient of(String id, String secretSha256Hex, Set<String> audiences) {
        return new RegisteredClient(id, HexFormat.of().parseHex(secretSha256Hex), audiences);
    }

    @Override
    public byte[] secretSha256() {
        return secretSha256.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegisteredClient that && id.equals(that.id) && Arrays.equals(secretSha256, that.secretSha256)
                && audiences.equals(that.audiences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(secretSha256), audiences);
    }

    @Override
    public String toString() {
        return "RegisteredClient[id=" + id + ", secretSha256=redacted, audiences=" + audiences + "]";
    }
}
