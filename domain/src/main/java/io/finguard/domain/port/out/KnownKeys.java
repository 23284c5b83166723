package io.finguard.domain.port.out;

import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A user's known devices: the DPoP keys that completed a step-up for that user. A key becomes known only by a step-up,
 * stays known until the user forgets it, and is never shared between users.
 */
public interface KnownKeys {

    /** Records a step-up by this key: known from now on (first seen kept if it already was), last seen {@code at}. */
    void steppedUp(UserId user, KeyThumbprint key, Instant at);

    /** Moves last seen to {@code at} if the key is known for the user; an unknown key stays unknown. */
    void seen(UserId user, KeyThumbprint key, Instant at);

    boolean isKnown(UserId user, KeyThumbprint key);

    /** The user's known devices, most recently seen first. */
    List<KnownDevice> of(UserId user);

    /** Forgets the key for the user; false if it was not known. */
    boolean forget(UserId user, KeyThumbprint key);
}
