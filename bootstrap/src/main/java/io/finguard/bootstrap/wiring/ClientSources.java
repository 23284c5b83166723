package io.finguard.bootstrap.wiring;

import io.finguard.domain.model.RegisteredClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered clients serve works with: those of FINGUARD_CLIENTS, then those stored with {@code finguard clients}
 * whose id FINGUARD_CLIENTS does not name (the deployment's configuration wins; the stored one is ignored, with a
 * warning). Read once at start: a client added or removed with the CLI counts from the next start.
 */
final class ClientSources {
    private static final Logger LOG = LoggerFactory.getLogger(ClientSources.class);

    private ClientSources() {
    }

    static List<RegisteredClient> merge(List<RegisteredClient> configured, List<RegisteredClient> stored) {
        Set<String> ids = configured.stream().map(RegisteredClient::id).collect(Collectors.toSet());
        List<RegisteredClient> all = new ArrayList<>(configured);
        for (RegisteredClient client : stored) {
            if (ids.contains(client.id())) {
                LOG.warn("client '{}' is both in FINGUARD_CLIENTS and in the database; FINGUARD_CLIENTS wins", client.id());
            } else {
                all.add(client);
            }
        }
        LOG.info("{} registered OAuth clients ({} from FINGUARD_CLIENTS, {} from the database)", all.size(),
                configured.size(), all.size() - configured.size());
        return List.copyOf(all);
    }
}
