package io.finguard.adapters.web.passkey;

import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.RequestBody;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyAttestation;
import io.finguard.domain.port.in.RegisterPasskey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request bodies of the passkey routes: a {@code PublicKeyCredential} as the browser's {@code toJSON()} writes it
 * (WebAuthn Level 3), binary members in base64url. Members the server does not use are accepted and ignored, so a
 * standard client library's JSON is taken as it is.
 */
final class PasskeyBodies {
    static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    static final Pattern TRANSPORT = Pattern.compile("[a-z-]{1,16}");
    private static final String B64 = "base64url";

    private PasskeyBodies() {
    }

    /** {@code AuthenticatorAttestationResponseJSON}. */
    record AttestationResponse(String clientDataJSON, String attestationObject, List<String> transports, String publicKey,
                               Long publicKeyAlgorithm, String authenticatorData) {
    }

    /** {@code RegistrationResponseJSON}. */
    record NewCredential(String id, String rawId, String type, AttestationResponse response, String authenticatorAttachment,
                         Map<String, Object> clientExtensionResults) {
    }

    /** POST /v1/me/passkeys: the name the user gives the passkey and the browser's registration response. */
    record RegisterRequest(String name, NewCredential credential) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("name", name, RegisterPasskey.NAME).present("credential", credential);
            if (credential != null) {
                checks.matches("credential.type", credential.type(), Pattern.compile("public-key"), "public-key")
                        .present("credential.response", credential.response());
                AttestationResponse r = credential.response();
                if (r != null) {
                    checks.matches("credential.response.clientDataJSON", r.clientDataJSON(), BASE64URL, B64)
                            .matches("credential.response.attestationObject", r.attestationObject(), BASE64URL, B64)
                            .that(r.transports() == null || r.transports().size() <= 8 && r.transports().stream()
                                    .allMatch(t -> t != null && TRANSPORT.matcher(t).matches()),
                                    "credential.response.transports", "must be at most 8 transport names such as internal");
                }
            }
        }

        PasskeyAttestation attestation() {
            AttestationResponse r = credential.response();
            return new PasskeyAttestation(decode(r.clientDataJSON(), "credential.response.clientDataJSON"),
                    decode(r.attestationObject(), "credential.response.attestationObject"),
                    r.transports() == null ? List.of() : r.transports());
        }

        @Override
        public String toString() {
            return "RegisterRequest[" + name + "]";
        }
    }

    /** POST /v1/auth/step-up/passkey: the browser's authentication response, and the device (ticket step-ups). */
    record StepUpRequest(PasskeyAssertionBody credential, String deviceId) implements RequestBody {
        private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

        @Override
        public void check(Checks checks) {
            checks.present("credential", credential)
                    .optionalMatches("deviceId", deviceId, DEVICE, "1-64 characters of [A-Za-z0-9._:-]");
            if (credential != null) {
                credential.check(checks, "credential");
            }
        }

        PasskeyAssertion assertion() {
            return credential.assertion("credential");
        }

        @Override
        public String toString() {
            return "StepUpRequest[redacted]";
        }
    }

    static byte[] decode(String base64Url, String field) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(base64Url);
            if (bytes.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(field, "must be non-empty base64url"));
        }
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
