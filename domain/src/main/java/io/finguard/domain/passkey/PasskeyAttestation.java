package io.finguard.domain.passkey;

import java.util.List;
import java.util.Objects;

/**
 * What a browser returns from {@code navigator.credentials.create()} (an {@code AuthenticatorAttestationResponse}),
 * decoded from base64url: client data JSON, attestation object and the transports the authenticator reports.
 */
public record PasskeyAttestation(byte[] clientDataJson, byte[] attestationObject, List<String> transports) {
    public PasskeyAttestation {
        clientDataJson = PasskeyAssertion.nonEmpty(clientDataJson, "clientDataJson");
        attestationObject = PasskeyAssertion.nonEmpty(attestationObject, "attestationObject");
        transports = List.copyOf(Objects.requireNonNull(transports, "transports"));
    }

    @Override
    public byte[] clientDataJson() {
        return clientDataJson.clone();
    }

    @Override
    public byte[] attestationObject() {
        return attestationObject.clone();
    }

    @Override
    public String toString() {
        return "PasskeyAttestation[" + transports + "]";
    }
}
