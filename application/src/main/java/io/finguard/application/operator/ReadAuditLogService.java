package io.finguard.application.operator;

import io.finguard.domain.port.in.ReadAuditLog;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.port.out.Transactions;
import java.util.List;
import java.util.Optional;

/** Operator view of the audit log, newest first, at most 500 events per read. */
public final class ReadAuditLogService implements ReadAuditLog {
    static final int MAX_LIMIT = 500;

    private final Transactions tx;
    private final AuditLog log;

    public ReadAuditLogService(Transactions tx, AuditLog log) {
        this.tx = tx;
        this.log = log;
    }

    @Override
    public List<AuditEvent> read(Optional<String> subject, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
        return tx.inTransaction(() -> log.recent(subject.orElse(null), bounded));
    }
}
