package io.finguard.domain.port.out;

import io.finguard.domain.model.RegisteredClient;
import java.util.List;

/**
 * Resource servers registered in the database ({@code finguard clients}), next to those of FINGUARD_CLIENTS. Holds
 * only what may be at rest: a secret's SHA-256 or a public JWK, never a secret. Each call is its own transaction.
 */
public interface ClientRegistry {

    /** Every stored client, ordered by id. */
    List<RegisteredClient> all();

    /** Stores a new client; throws {@link DuplicateException} when the id is taken. */
    void add(RegisteredClient client);

    /** Removes the client; false when there was none with this id. */
    boolean remove(String id);
}
