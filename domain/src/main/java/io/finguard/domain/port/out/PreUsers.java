package io.finguard.domain.port.out;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.signup.PreUser;
import java.util.List;
import java.util.Optional;

/** Signups in progress. "Live" means not CONVERTED and not EXPIRED: at most one per phone. */
public interface PreUsers {

    /** Stores a new signup; throws {@link DuplicateException} if the phone has a live signup or belongs to a user. */
    void add(PreUser preUser);

    Optional<PreUser> lock(PreUserId id);

    /** Reads and locks the live signup of a phone. */
    Optional<PreUser> lockLiveByPhone(PhoneNumber phone);

    /** Writes a new state; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(PreUser preUser);

    List<PreUser> underReview(int limit);
}
