package io.finguard.bootstrap.e2e;

import io.finguard.testsupport.StoppablePostgres;

/**
 * An embedded PostgreSQL 18 of a fault test's own, stopped and started again on the same port and data directory
 * ({@link StoppablePostgres}), so the service's connection pool reconnects to the same database.
 */
final class RestartablePostgres extends StoppablePostgres {

    public static RestartablePostgres started() {
        RestartablePostgres postgres = new RestartablePostgres();
        postgres.start();
        return postgres;
    }
}
