package io.finguard.adapters.persistence.oauth;

import static io.finguard.adapters.persistence.jooq.Tables.OAUTH_CLIENTS;

import io.finguard.adapters.persistence.jooq.tables.records.OauthClientsRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.ClientCredential;
import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.out.ClientRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Registered clients in oauth_clients: a secret's SHA-256 or a public JWK, the audiences and scope wire names. */
public final class PostgresClientRegistry implements ClientRegistry {
    private final JooqTransactions transactions;
    private final Clock clock;

    public PostgresClientRegistry(JooqTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<RegisteredClient> all() {
        return transactions.inTransaction(() -> transactions.dsl().selectFrom(OAUTH_CLIENTS).orderBy(OAUTH_CLIENTS.ID)
                .fetch(PostgresClientRegistry::client));
    }

    @Override
    public void add(RegisteredClient client) {
        byte[] digest = client.credential() instanceof ClientCredential.SecretDigest secret ? secret.sha256() : null;
        String jwk = client.credential() instanceof ClientCredential.PublicJwk key ? key.json() : null;
        transactions.inTransaction(() -> transactions.dsl().insertInto(OAUTH_CLIENTS)
                .set(OAUTH_CLIENTS.ID, client.id())
                .set(OAUTH_CLIENTS.SECRET_SHA256, digest)
                .set(OAUTH_CLIENTS.PUBLIC_JWK, jwk)
                .set(OAUTH_CLIENTS.AUDIENCES, client.audiences().stream().sorted().toArray(String[]::new))
                .set(OAUTH_CLIENTS.SCOPES, client.scopes().stream().map(Scope::wireName).sorted().toArray(String[]::new))
                .set(OAUTH_CLIENTS.CREATED_AT, clock.instant())
                .execute());
    }

    @Override
    public boolean remove(String id) {
        return transactions.inTransaction(() ->
                transactions.dsl().deleteFrom(OAUTH_CLIENTS).where(OAUTH_CLIENTS.ID.eq(id)).execute() == 1);
    }

    private static RegisteredClient client(OauthClientsRecord row) {
        ClientCredential credential = row.getSecretSha256() != null ? new ClientCredential.SecretDigest(row.getSecretSha256())
                : new ClientCredential.PublicJwk(row.getPublicJwk());
        return new RegisteredClient(row.getId(), credential, new LinkedHashSet<>(Arrays.asList(row.getAudiences())),
                new LinkedHashSet<>(Arrays.stream(row.getScopes()).map(Scope::fromWireName).filter(Objects::nonNull).toList()));
    }
}
