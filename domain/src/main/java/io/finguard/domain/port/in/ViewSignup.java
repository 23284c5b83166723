package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;

/** GET /v1/signup: where a signup stands. */
public interface ViewSignup {

    Result view(PreUserId id);

    /** The signup's view, if it exists. */
    sealed interface Result {
        /** Where the signup stands and its next step. */
        record Found(SignupView signup) implements Result {
        }

        /** No such signup. */
        record NotFound() implements Result {
        }
    }
}
