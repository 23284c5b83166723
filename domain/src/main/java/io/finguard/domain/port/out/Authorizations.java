package io.finguard.domain.port.out;

import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.PaymentDigest;
import java.util.List;
import java.util.Optional;

/** Stored payment authorisations; every call runs inside the caller's transaction. */
public interface Authorizations {

    /** Stores a new authorisation. */
    void add(Authorization authorization);

    /** The authorisation, locked until the transaction ends (two confirmations or uses are judged one after the other). */
    Optional<Authorization> lock(AuthorizationId id);

    /**
     * The payer's authorisations of the payment with this digest that are stored as PENDING, newest first, each locked
     * until the transaction ends. Some may be past their expiry: expiry is applied when an authorisation is read.
     */
    List<Authorization.Pending> lockPending(UserId payer, PaymentDigest digest);

    /** Saves the state an authorisation moved to. */
    void update(Authorization authorization);
}
