package io.finguard.domain.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a registered client proves who it is: the SHA-256 of a shared secret ({@code client_secret_basic},
 * {@code client_secret_post}), or a public JWK whose private key signs RFC 7523 assertions ({@code private_key_jwt}).
 */
public sealed interface ClientCredential {

    /** The SHA-256 of the client's secret; the secret itself is never kept. */
    record SecretDigest(byte[] sha256) implements ClientCredential {
        public SecretDigest {
            if (sha256 == null || sha256.length != 32) {
                throw new IllegalArgumentException("a secret digest is 32 bytes (SHA-256)");
            }
            sha256 = sha256.clone();
        }

        @Override
        public byte[] sha256() {
            return sha256.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SecretDigest that && Arrays.equals(sha256, that.sha256);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sha256);
        }

        @Override
        public String toString() {
            return "SecretDigest[redacted]";
        }
    }

    /** The client's public JWK (JSON, checked to be public when the client is registered). */
    record PublicJwk(String json) implements ClientCredential {
        public PublicJwk {
            Objects.requireNonNull(json, "json");
        }
    }
}
