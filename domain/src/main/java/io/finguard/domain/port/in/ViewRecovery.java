package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;

/** Where the newest recovery towards the signup's number stands (an open one that lapsed shows as EXPIRED). */
public interface ViewRecovery {

    Result view(PreUserId signup);

    /** Found, or not. */
    sealed interface Result {
        /** The newest recovery towards the signup's number. */
        record Found(RecoveryView recovery) implements Result {
        }

        /** No signup with this id, or no recovery towards its number. */
        record NotFound() implements Result {
        }
    }
}
