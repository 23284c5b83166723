package io.finguard.domain.port.out;

import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.Passkey;
import java.util.List;
import java.util.Optional;

/** The passkeys users registered; used inside the caller's transaction. */
public interface Passkeys {

    /** Stores a new passkey; a credential id already registered (by anyone) throws {@link DuplicateException}. */
    void add(Passkey passkey);

    /** The user's passkeys, oldest first. */
    List<Passkey> ofUser(UserId user);

    /** The user's passkey with this credential id, locked until the transaction ends. */
    Optional<Passkey> lock(UserId user, CredentialId credential);

    /** Stores the counter and time of last use of a passkey returned by {@link #lock}. */
    void update(Passkey passkey);

    /** Deletes the user's passkey; false when the user has none with this id. */
    boolean remove(UserId user, PasskeyId id);
}
