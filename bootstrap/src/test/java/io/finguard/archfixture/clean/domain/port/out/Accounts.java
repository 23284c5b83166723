package io.finguard.archfixture.clean.domain.port.out;

/** Fixture: an out-port service interface. */
public interface Accounts {
    boolean exists(String id);
}
