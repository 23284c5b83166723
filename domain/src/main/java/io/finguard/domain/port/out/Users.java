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

    /**
     * The user, their row locked until the caller's transaction ends. Locking again in the same transaction gives the
     * state as this transaction last left it (what it wrote, or what the first lock read), and may cost nothing: a row
     * this transaction holds cannot be changed by another.
     */
    Optional<User> lock(UserId id);

    /** Writes a new state; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(User user);
}
