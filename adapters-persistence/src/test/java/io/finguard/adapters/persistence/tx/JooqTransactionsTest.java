package io.finguard.adapters.persistence.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.finguard.adapters.persistence.DataSourceConfig;
import io.finguard.adapters.persistence.DataSources;
import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.PostgresPersistence;
import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.adapters.persistence.TestDatabase;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.user.User;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** How the unit of work behaves beyond the contract: no repository outside it, outages surface as 503s. */
class JooqTransactionsTest {

    @Test
    void aRepositoryCalledOutsideATransactionRefuses() {
        PostgresPersistence persistence = PostgresPorts.shared().persistence();

        assertThatThrownBy(() -> persistence.users().find(SampleValues.userId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
    }

    @Test
    void anUnreachableServerIsADependencyOutage() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/finguard?connectTimeout=1");
        PostgresPersistence persistence = new PostgresPersistence(nowhere, OutboxRetry.defaults(), TestDatabase.phones());

        assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> persistence.users().find(SampleValues.userId())))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, e -> {
                    assertThat(e.dependency()).isEqualTo("postgresql");
                    assertThat(e.retryAfter()).isPositive();
                });
    }

    @Test
    void aPoolWithNoFreeConnectionAnswersWithinItsTimeoutAsAnOutage() throws Exception {
        String url = TestDatabase.shared().jdbcUrl();
        DataSourceConfig settings = new DataSourceConfig(url, "", "", 1, 0, Duration.ofMillis(300), Duration.ofMillis(250),
                Duration.ZERO, Duration.ofMinutes(1), Duration.ofSeconds(5));
        try (HikariDataSource tiny = DataSources.pooled(settings)) {
            JooqTransactions transactions = new JooqTransactions(tiny);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = Thread.ofPlatform().start(() -> transactions.inTransaction(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            assertThatThrownBy(() -> transactions.inTransaction(() -> "never runs"))
                    .isInstanceOf(DependencyUnavailableException.class);
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;

            release.countDown();
            holder.join(10_000);
            // One connection timeout (300 ms), not one per attempt of jOOQ's to begin, roll back and release.
            assertThat(waitedMillis).isBetween(250L, 590L);
            assertThat(transactions.inTransaction(() -> "works again")).isEqualTo("works again");
        }
    }

    @Test
    void aStatementStuckBehindALockIsCutOffByTheStatementTimeoutAsAnOutage() throws Exception {
        DataSourceConfig settings = DataSourceConfig.of(TestDatabase.shared().jdbcUrl(), "", "").withPoolSize(2, 0);
        settings = new DataSourceConfig(settings.jdbcUrl(), "", "", 2, 0, settings.connectionTimeout(),
                settings.validationTimeout(), Duration.ZERO, settings.maxLifetime(), Duration.ofMillis(300));
        try (HikariDataSource pool = DataSources.pooled(settings)) {
            PostgresPersistence persistence = new PostgresPersistence(pool, OutboxRetry.defaults(), TestDatabase.phones());
            User.Active user = Samples.user(SampleValues.phone(), SampleValues.T0);
            persistence.transactions().inTransaction(() -> {
                persistence.users().add(user);
                return null;
            });
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = Thread.ofPlatform().start(() -> persistence.transactions().inTransaction(() -> {
                persistence.users().lock(user.id());
                locked.countDown();
                await(release);
                return null;
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> persistence.users().lock(user.id())))
                    .isInstanceOf(DependencyUnavailableException.class);

            release.countDown();
            holder.join(10_000);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
