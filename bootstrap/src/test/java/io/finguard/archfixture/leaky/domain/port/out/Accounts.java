package io.finguard.archfixture.leaky.domain.port.out;

/** Fixture: an out-port service interface. */
public interface Accounts {
    boolean exists(String id);
}
