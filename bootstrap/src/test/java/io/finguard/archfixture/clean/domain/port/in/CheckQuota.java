package io.finguard.archfixture.clean.domain.port.in;

import io.finguard.archfixture.clean.domain.Quota;

/** Fixture: an in-port whose result carries a domain value type, which is allowed. */
public interface CheckQuota {
    Result check(String id);

    record Result(Quota quota) {
    }
}
