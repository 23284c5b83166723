package io.finguard.domain.port.out;

import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.UserId;
import io.finguard.domain.session.RefreshFamily;
import java.util.List;
import java.util.Optional;

/** Refresh-token families. Every digest a family ever issued leads back to it, so reuse is detected. */
public interface Sessions {

    /**
     * Stores a new family, and its device (if any) as known for the user; throws {@link DuplicateException} if its id
     * or a token digest is already known.
     */
    void add(RefreshFamily.Active family);

    /** Reads and locks the family that issued this token digest (current, previous or older). */
    Optional<RefreshFamily> lockByToken(TokenDigest digest);

    Optional<RefreshFamily> lock(FamilyId id);

    /** Active families of the user (some may be past their idle or absolute end), oldest first; read, not locked. */
    List<RefreshFamily.Active> activeOf(UserId user);

    /** Active families of the user, locked, oldest first (for logout-all, block, credential change, the session cap). */
    List<RefreshFamily.Active> lockActiveOf(UserId user);

    /** Writes a new state and remembers a new current digest; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(RefreshFamily family);

    /** True when the user has ever had a session on this device (a session without a device makes none known). */
    boolean knownDevice(UserId user, DeviceId device);
}
