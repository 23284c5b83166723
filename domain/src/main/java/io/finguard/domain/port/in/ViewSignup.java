package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;

/** GET /v1/signup: where a signup stands. */
public interface ViewSignup {

    Result view(PreUserId id);

    sealed interface Result {
        record Found(SignupView signup) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
