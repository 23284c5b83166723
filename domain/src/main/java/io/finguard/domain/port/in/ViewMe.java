package io.finguard.domain.port.in;

import io.finguard.domain.model.UserId;

/** GET /v1/me. */
public interface ViewMe {

    Result view(UserId user);

    sealed interface Result {
        record Found(MeView me) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
