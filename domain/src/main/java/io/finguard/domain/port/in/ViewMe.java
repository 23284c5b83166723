package io.finguard.domain.port.in;

import io.finguard.domain.model.UserId;

/** GET /v1/me. */
public interface ViewMe {

    Result view(UserId user);

    /** The user's view, if the user exists. */
    sealed interface Result {
        /** The user, account and balance. */
        record Found(MeView me) implements Result {
        }

        /** No such user. */
        record NotFound() implements Result {
        }
    }
}
