package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.fixtures.SoftAuthenticator;
import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.CoseKey;
import io.finguard.domain.passkey.Passkey;
import io.finguard.domain.passkey.SignCountCheck;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Passkeys;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Passkeys} store does: one credential id across all users, lookups by owner, counter updates. */
public abstract class PasskeysContract extends PersistenceContract {

    private Passkeys passkeys() {
        return ports.passkeys();
    }

    private UserId storedUser() {
        var user = Samples.user(SampleValues.phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user.id();
    }

    private static Passkey passkey(UserId user, String name, java.time.Instant at) {
        SoftAuthenticator authenticator = new SoftAuthenticator("localhost", "http://localhost");
        return new Passkey(new PasskeyId(UUID.randomUUID()), user, authenticator.credential(), CoseKey.of(authenticator.coseKey()),
                name, List.of("internal", "hybrid"), 0, at, Optional.empty());
    }

    @Test
    void anAddedPasskeyIsListedForItsOwnerOnlyAndLockedByItsCredential() {
        UserId owner = storedUser();
        UserId other = storedUser();
        Passkey first = passkey(owner, "laptop", T0);
        Passkey second = passkey(owner, "phone", T0.plusSeconds(1));
        runInTx(() -> {
            passkeys().add(first);
            passkeys().add(second);
            passkeys().add(passkey(other, "theirs", T0));
        });

        assertThat(inTx(() -> passkeys().ofUser(owner))).containsExactly(first, second);
        assertThat(inTx(() -> passkeys().lock(owner, second.credential()))).contains(second);
        assertThat(inTx(() -> passkeys().lock(other, second.credential()))).isEmpty();
    }

    @Test
    void aCredentialIdIsRegisteredOnceAcrossAllUsers() {
        UserId owner = storedUser();
        UserId other = storedUser();
        Passkey first = passkey(owner, "laptop", T0);
        runInTx(() -> passkeys().add(first));
        Passkey copy = new Passkey(new PasskeyId(UUID.randomUUID()), other, first.credential(), first.publicKey(), "copy",
                List.of(), 0, T0, Optional.empty());

        assertThatThrownBy(() -> runInTx(() -> passkeys().add(copy))).isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> passkeys().ofUser(other))).isEmpty();
    }

    @Test
    void anUpdateStoresTheNewCounterAndTheTimeOfUse() {
        UserId owner = storedUser();
        Passkey stored = passkey(owner, "laptop", T0);
        runInTx(() -> passkeys().add(stored));
        Passkey used = ((SignCountCheck.Advanced) stored.use(7, T0.plus(Duration.ofMinutes(3)))).next();

        runInTx(() -> passkeys().update(used));

        assertThat(inTx(() -> passkeys().lock(owner, stored.credential()))).contains(used);
    }

    @Test
    void removingDeletesOnlyTheOwnersPasskey() {
        UserId owner = storedUser();
        UserId other = storedUser();
        Passkey stored = passkey(owner, "laptop", T0);
        runInTx(() -> passkeys().add(stored));

        assertThat(inTx(() -> passkeys().remove(other, stored.id()))).isFalse();
        assertThat(inTx(() -> passkeys().ofUser(owner))).containsExactly(stored);
        assertThat(inTx(() -> passkeys().remove(owner, stored.id()))).isTrue();
        assertThat(inTx(() -> passkeys().ofUser(owner))).isEmpty();
        assertThat(inTx(() -> passkeys().remove(owner, stored.id()))).isFalse();
    }
}
