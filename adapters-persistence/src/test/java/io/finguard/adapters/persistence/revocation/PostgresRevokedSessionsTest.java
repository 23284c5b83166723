package io.finguard.adapters.persistence.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.finguard.adapters.persistence.DataSourceConfig;
import io.finguard.adapters.persistence.DataSources;
import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.adapters.persistence.TestDatabase;
import io.finguard.domain.contract.RevokedSessionsContract;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.port.out.RevokedSessions;
import io.finguard.domain.port.out.RevokedSessions.Hearing;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The revocation channel on PostgreSQL LISTEN/NOTIFY: the contract, and what happens when the listening connection is
 * lost (unsure at once, so callers ask the database; the ends announced meanwhile are read back on re-subscription).
 */
class PostgresRevokedSessionsTest extends RevokedSessionsContract {
    private static final String LISTENER_NAME = "fg-revocations-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private static HikariDataSource listenerPool;
    private static PostgresRevokedSessions revoked;

    @BeforeAll
    static void listen() {
        listenerPool = DataSources.pooled(DataSourceConfig.of(TestDatabase.shared().jdbcUrl(), "", "").withPoolSize(1, 0),
                LISTENER_NAME);
        revoked = PostgresRevokedSessions.start(PostgresPorts.shared().persistence().transactions(), listenerPool,
                RevocationChannelConfig.defaults(Duration.ofMinutes(10)).withReconnectDelay(Duration.ofSeconds(3)),
                Clock.systemUTC());
        await("the channel listens", revoked::listening, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        revoked.close();
        listenerPool.close();
    }

    @Override
    protected Transactions transactions() {
        return PostgresPorts.shared().transactions();
    }

    @Override
    protected RevokedSessions revokedSessions() {
        return revoked;
    }

    @Test
    void aLostListenerIsUnsureAtOnceAndOnReturnHasReadTheEndsItMissed() {
        Sessions sessions = PostgresPorts.shared().sessions();
        RefreshFamily.Active family = Samples.family(SampleValues.userId(), SampleValues.digest(), Instant.now());
        transactions().inTransaction(() -> {
            sessions.add(family);
            return null;
        });
        assertThat(revoked.heard(family.id())).isEqualTo(Hearing.NOT_REVOKED);

        int terminated = TestDatabase.shared().sql().fetchOne(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?", LISTENER_NAME)
                .get(0, Integer.class);
        assertThat(terminated).isEqualTo(1);
        await("the lost channel is noticed", () -> !revoked.listening(), Duration.ofSeconds(2));
        assertThat(revoked.heard(FamilyId.of(UUID.randomUUID()))).isEqualTo(Hearing.UNSURE);

        // Ended while nobody listens: the announcement is lost, the stored revocation is not.
        transactions().inTransaction(() -> {
            RefreshFamily locked = sessions.lock(family.id()).orElseThrow();
            sessions.update(Samples.revoked(locked, RevocationReason.LOGOUT, Instant.now()));
            revoked.announce(List.of(family.id()));
            return null;
        });
        assertThat(revoked.heard(family.id())).isEqualTo(Hearing.UNSURE);

        await("the channel listens again", revoked::listening, Duration.ofSeconds(10));
        assertThat(revoked.heard(family.id())).isEqualTo(Hearing.REVOKED);
        assertThat(revoked.heard(FamilyId.of(UUID.randomUUID()))).isEqualTo(Hearing.NOT_REVOKED);
    }

    private static void await(String what, BooleanSupplier condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
