package io.finguard.domain.port.in;

import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.txauth.TrustedPayee;
import java.util.List;
import java.util.UUID;

/**
 * A payer's trusted beneficiaries (PSD2 RTS Art. 13): listed and removed freely, added only by a session stepped up
 * within the last five minutes (strong authentication), since a trusted payee is paid without it afterwards.
 */
public interface ManageTrustedPayees {

    List<TrustedPayee> list(AccessClaims caller);

    AddResult add(AccessClaims caller, String payeePhone);

    /** True when the caller's entry {@code id} was removed. */
    boolean remove(AccessClaims caller, UUID id);

    /** What adding came to. */
    sealed interface AddResult {
        /** On the list now (or already was). */
        record Added(TrustedPayee payee) implements AddResult {
        }

        /** The session's step-up is missing or older than five minutes. */
        record StepUpRequired() implements AddResult {
        }

        /** No customer account has that number (or it is the caller's own). */
        record PayeeNotFound() implements AddResult {
        }

        /** The token's user is blocked or its session has ended. */
        record SessionNotLive(io.finguard.domain.session.SessionDenial reason) implements AddResult {
        }
    }
}
