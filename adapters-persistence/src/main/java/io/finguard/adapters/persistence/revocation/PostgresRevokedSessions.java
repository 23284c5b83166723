package io.finguard.adapters.persistence.revocation;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.RenderedQuery;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.port.out.RevokedSessions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ended sessions announced through PostgreSQL LISTEN/NOTIFY: {@code pg_notify} inside the revoking transaction is
 * delivered to every listening instance when (and only if) it commits. One thread per instance listens on a
 * connection of its own, proves it alive with a heartbeat, and on every (re)connection reads the ends it may have
 * missed from refresh_families before it trusts the channel again; until then, and whenever the last heartbeat is
 * older than the configured bound, {@link #heard} answers UNSURE so the caller asks the database.
 */
public final class PostgresRevokedSessions implements RevokedSessions, AutoCloseable {
    /** The NOTIFY channel; its payload is a session (family) id. */
    public static final String CHANNEL = "finguard_session_ended";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresRevokedSessions.class);
    // Every session that ends is announced (a step-up ends the one it replaces): rendered once (RenderedQuery).
    private static final RenderedQuery NOTIFY = RenderedQuery.of(dsl -> dsl.select(DSL.function("pg_notify", Object.class,
            DSL.inline(CHANNEL), DSL.param("session", SQLDataType.VARCHAR))));

    private final JooqTransactions transactions;
    private final DataSource listening;
    private final RevocationChannelConfig config;
    private final Clock clock;
    private final HeardRevocations heard;
    private final Thread listener;
    private volatile long confirmedNanos;
    private volatile boolean confirmed;
    private volatile boolean closed;

    private PostgresRevokedSessions(JooqTransactions transactions, DataSource listening, RevocationChannelConfig config, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.listening = Objects.requireNonNull(listening, "listening");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.heard = new HeardRevocations(config.capacity(), config.keepFor().toNanos());
        this.listener = Thread.ofPlatform().daemon().name("finguard-revocations").unstarted(this::listen);
    }

    /**
     * Announces through {@code transactions} and listens on connections from {@code listening} (one held at a time,
     * for good: give it a source of its own). {@code clock} is the time revocations are stored in.
     */
    public static PostgresRevokedSessions start(JooqTransactions transactions, DataSource listening, RevocationChannelConfig config,
                                                Clock clock) {
        PostgresRevokedSessions revoked = new PostgresRevokedSessions(transactions, listening, config, clock);
        revoked.listener.start();
        return revoked;
    }

    @Override
    public void announce(Collection<FamilyId> sessions) {
        DSLContext dsl = transactions.dsl();
        for (FamilyId session : sessions) {
            NOTIFY.fetch(dsl, Map.of("session", session.toString()));
        }
    }

    @Override
    public Hearing heard(FamilyId session) {
        long now = System.nanoTime();
        if (heard.contains(session, now)) {
            return Hearing.REVOKED;
        }
        return listeningNow(now) && !heard.overflowing(now) ? Hearing.NOT_REVOKED : Hearing.UNSURE;
    }

    /** True while the channel is proven alive (the last heartbeat is recent enough); for readiness and metrics. */
    public boolean listening() {
        return listeningNow(System.nanoTime());
    }

    private boolean listeningNow(long now) {
        return confirmed && now - confirmedNanos <= config.staleAfter().toNanos();
    }

    private void listen() {
        Instant missedSince = clock.instant().minus(config.keepFor());
        boolean lost = false;
        while (!closed) {
            try (Connection connection = listening.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                catchUp(connection, missedSince.minus(config.clockSkew()));
                PGConnection pg = connection.unwrap(PGConnection.class);
                confirm();
                if (lost) {
                    LOG.info("revocation channel listening again; missed ends read from the database");
                    lost = false;
                }
                while (!closed) {
                    receive(pg.getNotifications((int) config.heartbeat().toMillis()));
                    Instant beforeHeartbeat = clock.instant();
                    try (Statement heartbeat = connection.createStatement()) {
                        heartbeat.execute("SELECT 1");
                    }
                    receive(pg.getNotifications());
                    missedSince = beforeHeartbeat;
                    confirm();
                }
            } catch (SQLException | RuntimeException e) {
                confirmed = false;
                if (closed) {
                    return;
                }
                if (!lost) {
                    LOG.warn("revocation channel lost ({}); every access token is checked against the database until it is back",
                            e.getClass().getSimpleName());
                    lost = true;
                }
                pause();
            }
        }
    }

    private void confirm() {
        confirmedNanos = System.nanoTime();
        confirmed = true;
    }

    private void receive(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        long now = System.nanoTime();
        for (PGNotification notification : notifications) {
            try {
                heard.add(new FamilyId(UUID.fromString(notification.getParameter())), now);
            } catch (IllegalArgumentException e) {
                LOG.warn("ignored a malformed revocation announcement");
            }
        }
    }

    /** Sessions that ended while this instance was not listening (and, at start, within one token lifetime). */
    private void catchUp(Connection connection, Instant since) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM refresh_families WHERE status = 'REVOKED' AND revoked_at >= ?")) {
            query.setObject(1, since.atOffset(ZoneOffset.UTC));
            long now = System.nanoTime();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    heard.add(new FamilyId(rows.getObject(1, UUID.class)), now);
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        listener.interrupt();
        // The loop ends within a heartbeat (or a reconnect pause, which the interrupt cuts short) and closes its connection.
        closed = true;
        try {
            listener.join(config.heartbeat().plus(config.reconnectDelay()).toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
