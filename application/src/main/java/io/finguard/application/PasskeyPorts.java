package io.finguard.application;

import io.finguard.domain.port.out.PasskeyChallenges;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.WebAuthnCeremonies;
import java.util.Objects;

/** The out-ports of passkeys: the registered credentials, the server challenges, and the WebAuthn checks. */
public record PasskeyPorts(Passkeys passkeys, PasskeyChallenges challenges, WebAuthnCeremonies ceremonies) {
    public PasskeyPorts {
        Objects.requireNonNull(passkeys, "passkeys");
        Objects.requireNonNull(challenges, "challenges");
        Objects.requireNonNull(ceremonies, "ceremonies");
    }
}
