package io.finguard.adapters.web.passkey;

import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemException;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.PasskeyAssertion;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A browser's {@code AuthenticationResponseJSON} (WebAuthn Level 3 {@code toJSON()}), binary members in base64url: the
 * one reading of a passkey assertion for every route that takes one (step-up, payment authorisation).
 */
public record PasskeyAssertionBody(String id, String rawId, String type, Response response, String authenticatorAttachment,
                                   Map<String, Object> clientExtensionResults) {
    private static final String B64 = "base64url";

    /** {@code AuthenticatorAssertionResponseJSON}. */
    public record Response(String clientDataJSON, String authenticatorData, String signature, String userHandle,
                           String attestationObject) {
    }

    /** Member checks, the members' paths under {@code field}. */
    public void check(Checks checks, String field) {
        checks.matches(field + ".type", type, Pattern.compile("public-key"), "public-key")
                .matches(field + ".rawId", rawId, PasskeyBodies.BASE64URL, B64)
                .present(field + ".response", response);
        if (response != null) {
            checks.matches(field + ".response.clientDataJSON", response.clientDataJSON(), PasskeyBodies.BASE64URL, B64)
                    .matches(field + ".response.authenticatorData", response.authenticatorData(), PasskeyBodies.BASE64URL, B64)
                    .matches(field + ".response.signature", response.signature(), PasskeyBodies.BASE64URL, B64)
                    .optionalMatches(field + ".response.userHandle", response.userHandle(), PasskeyBodies.BASE64URL, B64);
        }
    }

    /** The decoded assertion (after {@link #check}). */
    public PasskeyAssertion assertion(String field) {
        CredentialId credential;
        try {
            credential = CredentialId.of(PasskeyBodies.decode(rawId, field + ".rawId"));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(field + ".rawId", "must be 1-1023 bytes"));
        }
        return new PasskeyAssertion(credential, PasskeyBodies.decode(response.clientDataJSON(), field + ".response.clientDataJSON"),
                PasskeyBodies.decode(response.authenticatorData(), field + ".response.authenticatorData"),
                PasskeyBodies.decode(response.signature(), field + ".response.signature"),
                Optional.ofNullable(response.userHandle()).map(h -> PasskeyBodies.decode(h, field + ".response.userHandle")));
    }

    @Override
    public String toString() {
        return "PasskeyAssertionBody[redacted]";
    }
}
