package io.finguard.domain.passkey;

import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One registered passkey of a user: the credential id and public key the authenticator gave at registration, its
 * signature counter, the transports it reported and a name the user chose. Removing it is deleting it.
 */
public record Passkey(PasskeyId id, UserId user, CredentialId credential, CoseKey publicKey, String name,
                      List<String> transports, long signCount, Instant createdAt, Optional<Instant> lastUsedAt) {
    public Passkey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(name, "name");
        transports = List.copyOf(Objects.requireNonNull(transports, "transports"));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        if (signCount < 0 || signCount > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a signature counter is an unsigned 32-bit number");
        }
    }

    /**
     * WebAuthn section 6.1.1: an authenticator that counts reports a larger counter each time; one that never counts
     * reports 0 every time (many synced passkeys do). A counter that is not larger while either is non-zero is refused.
     */
    public SignCountCheck use(long presented, Instant at) {
        boolean counts = presented != 0 || signCount != 0;
        if (counts && presented <= signCount) {
            return new SignCountCheck.Regressed(signCount, presented);
        }
        return new SignCountCheck.Advanced(new Passkey(id, user, credential, publicKey, name, transports, presented, createdAt,
                Optional.of(at)));
    }
}
