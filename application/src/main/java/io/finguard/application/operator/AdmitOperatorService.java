package io.finguard.application.operator;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.in.AdmitOperator;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Transactions;
import java.util.Map;

/**
 * Counts every operator request per caller address first (so neither the credential nor the audit log can be
 * hammered), then audits the request with that address, admitted or refused.
 */
public final class AdmitOperatorService implements AdmitOperator {
    private final Transactions tx;
    private final RateLimiter limiter;
    private final Auditor auditor;

    public AdmitOperatorService(Transactions tx, RateLimiter limiter, Auditor auditor) {
        this.tx = tx;
        this.limiter = limiter;
        this.auditor = auditor;
    }

    @Override
    public Result admit(Command command) {
        return switch (limiter.allowAdmin(command.client())) {
            case RateDecision.Denied denied -> new Result.Limited(denied.retryAfter());
            case RateDecision.Allowed allowed -> tx.inTransaction(() -> {
                String client = command.client().value();
                auditor.record(command.credentialValid() ? AuditType.ADMIN_REQUEST : AuditType.ADMIN_REQUEST_REFUSED, client,
                        Map.of("client", client, "action", command.action()));
                return command.credentialValid() ? new Result.Admitted() : new Result.Unauthenticated();
            });
        };
    }
}
