package io.finguard.archfixture.leaky.domain.port.in;

import io.finguard.archfixture.leaky.domain.port.out.Accounts;

/** Fixture violation: an in-port that depends on an out-port service interface. */
public interface OpenAccount {
    boolean open(Accounts accounts, String id);
}
