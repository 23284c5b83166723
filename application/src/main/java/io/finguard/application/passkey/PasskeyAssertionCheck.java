package io.finguard.application.passkey;

import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.Passkey;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.passkey.SignCountCheck;
import io.finguard.domain.port.out.PasskeyAssertions;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.WebAuthnCeremonies;
import java.time.Clock;
import java.util.Optional;

/**
 * {@link PasskeyAssertions} over the stored passkeys and the WebAuthn checks: the user's passkey of the presented
 * credential is locked, the assertion checked against the expected challenge, and the counter judged by
 * {@link Passkey#use} and stored. Callers lock the user first (as every passkey use case does), so the lock order is
 * always user, then passkey.
 */
public final class PasskeyAssertionCheck implements PasskeyAssertions {
    private final Passkeys passkeys;
    private final WebAuthnCeremonies ceremonies;
    private final Clock clock;

    public PasskeyAssertionCheck(Passkeys passkeys, WebAuthnCeremonies ceremonies, Clock clock) {
        this.passkeys = passkeys;
        this.ceremonies = ceremonies;
        this.clock = clock;
    }

    /** {@code expectedChallenge} has 16 to 64 bytes (a caller passing anything else has a bug: it throws). */
    @Override
    public Verdict verify(UserId user, PasskeyAssertion assertion, byte[] expectedChallenge) {
        Challenge expected = Challenge.of(expectedChallenge);
        Optional<Passkey> found = passkeys.lock(user, assertion.credential());
        if (found.isEmpty()) {
            return new Verdict.Refused(PasskeyRefusal.UNKNOWN);
        }
        Passkey passkey = found.get();
        return switch (ceremonies.assertion(assertion, passkey.publicKey(), expected)) {
            case WebAuthnCeremonies.Assertion.Refused refused -> new Verdict.Refused(refused.reason());
            case WebAuthnCeremonies.Assertion.Valid valid -> switch (passkey.use(valid.signCount(), clock.instant())) {
                case SignCountCheck.Regressed regressed -> new Verdict.Refused(PasskeyRefusal.SIGN_COUNT_REGRESSED);
                case SignCountCheck.Advanced advanced -> {
                    passkeys.update(advanced.next());
                    yield new Verdict.Verified(passkey.id(), valid.signCount());
                }
            };
        };
    }
}
