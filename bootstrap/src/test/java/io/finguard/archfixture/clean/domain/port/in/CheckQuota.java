package io.finguard.archfixture.clean.domain.port.in;

import io.finguard.archfixture.clean.domain.port.out.Quota;

/** Fixture: an in-port whose result carries an out-port value type, which is allowed. */
public interface CheckQuota {
    Result check(String id);

    record Result(Quota quota) {
    }
}
