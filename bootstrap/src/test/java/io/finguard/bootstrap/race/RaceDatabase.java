package io.finguard.bootstrap.race;

import com.zaxxer.hikari.HikariDataSource;
import io.finguard.adapters.persistence.DataSources;
import io.finguard.adapters.persistence.DataSourceConfig;
import io.finguard.adapters.persistence.Migrations;
import io.finguard.adapters.redis.RedisConnection;
import io.finguard.adapters.redis.RedisConnectionConfig;
import io.finguard.domain.fixtures.InMemoryPhoneVault;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.PhoneVault;
import io.finguard.testsupport.FreshDatabase;
import io.finguard.testsupport.SharedPostgres;
import io.finguard.testsupport.SharedRedis;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The infrastructure the races of this JVM share: one database on the {@link SharedPostgres} server, migrated as
 * production migrates it, behind a pool wide enough for 50 threads at once; and one connection to the
 * {@link SharedRedis}. Races keep apart by fresh phones, users and key namespaces.
 */
final class RaceDatabase {
    private static final class Holder {
        private static final RaceDatabase SHARED = start();
    }

    /** How every racer's rows hold phone numbers (the in-memory twin: what races is the transaction, not the crypto). */
    private static final PhoneVault PHONES = new InMemoryPhoneVault();

    private final HikariDataSource pool;
    private final RedisConnection redis;
    private final String description;

    private RaceDatabase(HikariDataSource pool, RedisConnection redis, String description) {
        this.pool = pool;
        this.redis = redis;
        this.description = description;
    }

    static RaceDatabase shared() {
        return Holder.SHARED;
    }

    HikariDataSource pool() {
        return pool;
    }

    RedisConnection redis() {
        return redis;
    }

    PhoneVault phones() {
        return PHONES;
    }

    /** The blind index rows of the phone are found by. */
    static byte[] index(String e164) {
        return PHONES.index(PhoneNumber.of(e164)).bytes();
    }

    /** Plain SQL for checks the ports cannot express (sums over the ledger, rows per phone). */
    DSLContext sql() {
        return DSL.using(pool, SQLDialect.POSTGRES);
    }

    @Override
    public String toString() {
        return description;
    }

    private static RaceDatabase start() {
        FreshDatabase database = SharedPostgres.shared().freshDatabase("finguard_race_");
        // A connection for every racer (here and to Redis below), and waits long enough that 50 transactions queued
        // on one row lock are never cut off on a busy machine: the races judge outcomes, not latency.
        HikariDataSource pool = DataSources.pooled(new DataSourceConfig(database.jdbcUrl(), database.user(), database.password(),
                50, 0, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofSeconds(30)));
        Migrations.migrate(pool, PHONES);
        RedisConnection redis = RedisConnection.open(SharedRedis.shared().url(), new RedisConnectionConfig(64, Duration.ofSeconds(5),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            redis.close();
            pool.close();
            database.close();
        }, "race-infrastructure-stop"));
        RaceDatabase shared = new RaceDatabase(pool, redis, database + ", " + SharedRedis.shared());
        System.out.println("[race] " + shared);
        return shared;
    }
}
