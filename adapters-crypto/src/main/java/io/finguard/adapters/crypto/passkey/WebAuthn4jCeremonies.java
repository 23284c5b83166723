package io.finguard.adapters.crypto.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.CoseKey;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyAttestation;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.port.out.WebAuthnCeremonies;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link WebAuthnCeremonies} by webauthn4j (adr/0011): attestation is taken as {@code none} (no trust path is checked),
 * user verification is required, ES256 and RS256 keys are accepted. The counter is left to the domain's rule: the
 * credential record handed to webauthn4j carries 0, which its own counter check lets through.
 */
public final class WebAuthn4jCeremonies implements WebAuthnCeremonies {
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));
    private final WebAuthnManager manager;
    private final ObjectConverter converter;
    private final String rpId;
    private final Set<Origin> origins;

    public WebAuthn4jCeremonies(RelyingParty relyingParty) {
        this.converter = new ObjectConverter();
        this.manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
        this.rpId = relyingParty.id();
        Set<Origin> allowed = new HashSet<>();
        relyingParty.origins().forEach(origin -> allowed.add(new Origin(origin)));
        this.origins = Set.copyOf(allowed);
    }

    @Override
    public Registration register(PasskeyAttestation attestation, Challenge expected) {
        try {
            RegistrationRequest request = new RegistrationRequest(attestation.attestationObject(), attestation.clientDataJson(),
                    Set.copyOf(attestation.transports()));
            RegistrationData data = manager.parse(request);
            manager.verify(data, new RegistrationParameters(server(expected), ALGORITHMS, true, true));
            AttestedCredentialData credential = data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
            byte[] key = converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey());
            return new Registration.Valid(CredentialId.of(credential.getCredentialId()), CoseKey.of(key),
                    data.getAttestationObject().getAuthenticatorData().getSignCount());
        } catch (VerificationException e) {
            return new Registration.Refused(refusal(e));
        } catch (RuntimeException unreadable) {
            // DataConversionException, and Jackson's own exceptions for CBOR of the wrong shape, which escape parse()
            return new Registration.Refused(PasskeyRefusal.INVALID);
        }
    }

    @Override
    public Assertion assertion(PasskeyAssertion assertion, CoseKey key, Challenge expected) {
        try {
            byte[] credentialId = assertion.credential().bytes();
            AuthenticationRequest request = new AuthenticationRequest(credentialId, assertion.userHandle().orElse(null),
                    assertion.authenticatorData(), assertion.clientDataJson(), null, assertion.signature());
            AuthenticationData data = manager.parse(request);
            COSEKey cose = converter.getCborConverter().readValue(key.encoded(), COSEKey.class);
            CredentialRecord record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null, 0,
                    new AttestedCredentialData(AAGUID.ZERO, credentialId, cose), null, null, null, null);
            manager.verify(data, new AuthenticationParameters(server(expected), record, List.of(credentialId), true, true));
            return new Assertion.Valid(data.getAuthenticatorData().getSignCount());
        } catch (VerificationException e) {
            return new Assertion.Refused(refusal(e));
        } catch (RuntimeException unreadable) {
            // DataConversionException, and Jackson's own exceptions for CBOR of the wrong shape, which escape parse()
            return new Assertion.Refused(PasskeyRefusal.INVALID);
        }
    }

    private ServerProperty server(Challenge expected) {
        return new ServerProperty(origins, rpId, new DefaultChallenge(expected.bytes()));
    }

    private static PasskeyRefusal refusal(VerificationException e) {
        return switch (e) {
            case BadChallengeException bad -> PasskeyRefusal.WRONG_CHALLENGE;
            case BadOriginException bad -> PasskeyRefusal.WRONG_ORIGIN;
            case BadRpIdException bad -> PasskeyRefusal.WRONG_RP_ID;
            case UserNotVerifiedException bad -> PasskeyRefusal.USER_NOT_VERIFIED;
            default -> PasskeyRefusal.INVALID;
        };
    }
}
