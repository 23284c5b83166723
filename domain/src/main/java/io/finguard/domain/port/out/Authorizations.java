package io.finguard.domain.port.out;

import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.txauth.Authorization;
import java.util.Optional;

/** Stored payment authorisations; every call runs inside the caller's transaction. */
public interface Authorizations {

    /** Stores a new authorisation. */
    void add(Authorization authorization);

    /** The authorisation, locked until the transaction ends (two confirmations or uses are judged one after the other). */
    Optional<Authorization> lock(AuthorizationId id);

    /** Saves the state an authorisation moved to. */
    void update(Authorization authorization);
}
