package io.finguard.domain.passkey;

import java.util.Objects;
import java.util.Optional;

/**
 * What a browser returns from {@code navigator.credentials.get()} (an {@code AuthenticatorAssertionResponse}), decoded
 * from base64url: the credential used, the client data JSON, the authenticator data and the signature over both.
 */
public record PasskeyAssertion(CredentialId credential, byte[] clientDataJson, byte[] authenticatorData, byte[] signature,
                               Optional<byte[]> userHandle) {
    public PasskeyAssertion {
        Objects.requireNonNull(credential, "credential");
        clientDataJson = nonEmpty(clientDataJson, "clientDataJson");
        authenticatorData = nonEmpty(authenticatorData, "authenticatorData");
        signature = nonEmpty(signature, "signature");
        userHandle = Objects.requireNonNull(userHandle, "userHandle").map(byte[]::clone);
    }

    static byte[] nonEmpty(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, name);
        if (bytes.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return bytes.clone();
    }

    @Override
    public byte[] clientDataJson() {
        return clientDataJson.clone();
    }

    @Override
    public byte[] authenticatorData() {
        return authenticatorData.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public Optional<byte[]> userHandle() {
        return userHandle.map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "PasskeyAssertion[" + credential + "]";
    }
}
