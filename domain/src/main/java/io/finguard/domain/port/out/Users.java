package io.finguard.domain.port.out;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import io.finguard.domain.user.User;
import java.util.Optional;

/** Users who finished signup; one per phone. */
public interface Users {

    /** Stores a new user; throws {@link DuplicateException} if the id or the phone is taken. */
    void add(User user);

    Optional<User> find(UserId id);

    Optional<User> findByPhone(PhoneNumber phone);

    Optional<User> lock(UserId id);

    /** Writes a new state; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(User user);
}
