package io.finguard.adapters.persistence.audit;

import static io.finguard.adapters.persistence.jooq.Tables.AUDIT_LOG;

import io.finguard.adapters.persistence.FlatJson;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.RenderedStatement;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.audit.AuditType;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The audit trail in audit_log, which the database keeps append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE). Details are a flat JSON object of strings, built and taken apart by PostgreSQL itself.
 */
public final class PostgresAuditLog implements AuditLog {
    private static final Field<String[]> DETAIL_KEYS = FlatJson.keys(AUDIT_LOG.DETAILS);
    private static final Field<String[]> DETAIL_VALUES = FlatJson.values(AUDIT_LOG.DETAILS);
    // Nearly every request that changes something audits it: rendered once (RenderedStatement).
    private static final RenderedStatement RECORD = RenderedStatement.of(dsl -> dsl.insertInto(AUDIT_LOG)
            .set(AUDIT_LOG.ID, RenderedStatement.param(AUDIT_LOG.ID))
            .set(AUDIT_LOG.AT, RenderedStatement.param(AUDIT_LOG.AT))
            .set(AUDIT_LOG.TYPE, RenderedStatement.param(AUDIT_LOG.TYPE))
            .set(AUDIT_LOG.SUBJECT, RenderedStatement.param(AUDIT_LOG.SUBJECT))
            .set(AUDIT_LOG.DETAILS, FlatJson.object(FlatJson.param("detail_keys"), FlatJson.param("detail_values"))));

    private final JooqTransactions transactions;

    public PostgresAuditLog(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEvent event) {
        FlatJson.Pairs details = FlatJson.Pairs.of(event.details());
        RECORD.execute(transactions.dsl(), Map.of(AUDIT_LOG.ID.getName(), event.id(), AUDIT_LOG.AT.getName(), event.at(),
                AUDIT_LOG.TYPE.getName(), event.type().name(), AUDIT_LOG.SUBJECT.getName(), event.subject(),
                "detail_keys", details.keys(), "detail_values", details.values()));
    }

    @Override
    public List<AuditEvent> recent(String subjectOrNull, int limit) {
        Condition subject = subjectOrNull == null ? DSL.noCondition() : AUDIT_LOG.SUBJECT.eq(subjectOrNull);
        return transactions.dsl()
                .select(AUDIT_LOG.ID, AUDIT_LOG.AT, AUDIT_LOG.TYPE, AUDIT_LOG.SUBJECT, DETAIL_KEYS, DETAIL_VALUES)
                .from(AUDIT_LOG)
                .where(subject)
                .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.SEQ.desc())
                .limit(Math.max(0, limit))
                .fetch(r -> new AuditEvent(r.value1(), r.value2(), AuditType.valueOf(r.value3()), r.value4(),
                        FlatJson.map(r.value5(), r.value6())));
    }
}
