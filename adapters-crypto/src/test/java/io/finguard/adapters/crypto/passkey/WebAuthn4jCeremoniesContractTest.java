package io.finguard.adapters.crypto.passkey;

import io.finguard.domain.contract.WebAuthnCeremoniesContract;
import io.finguard.domain.port.out.WebAuthnCeremonies;
import java.util.Set;

/** webauthn4j keeps the WebAuthnCeremonies contract for the test authenticator's bytes. */
class WebAuthn4jCeremoniesContractTest extends WebAuthnCeremoniesContract {
    @Override
    protected WebAuthnCeremonies ceremonies(String rpId, Set<String> origins) {
        return new WebAuthn4jCeremonies(new RelyingParty(rpId, origins));
    }
}
