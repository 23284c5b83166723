package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.Samples.auditEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.audit.AuditType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} does: keeps events whole, answers newest first, limits and filters by subject. */
public abstract class AuditLogContract extends PersistenceContract {

    private AuditLog audit() {
        return ports.auditLog();
    }

    private static String subject() {
        return "user:" + UUID.randomUUID();
    }

    @Test
    void anEventComesBackWithAllItsFields() {
        String subject = subject();
        AuditEvent withDetails = auditEvent(subject, AuditType.LOGIN_SUCCEEDED, T0);
        AuditEvent withoutDetails = new AuditEvent(UUID.randomUUID(), T0.plusSeconds(1), AuditType.SESSION_REVOKED, subject, Map.of());
        runInTx(() -> {
            audit().record(withDetails);
            audit().record(withoutDetails);
        });

        assertThat(inTx(() -> audit().recent(subject, 10))).containsExactly(withoutDetails, withDetails);
    }

    @Test
    void recentOfASubjectIsNewestFirstLimitedAndOnlyThatSubjects() {
        String subject = subject();
        String other = subject();
        AuditEvent first = auditEvent(subject, AuditType.OTP_SENT, T0);
        AuditEvent second = auditEvent(subject, AuditType.OTP_VERIFIED, T0.plusSeconds(10));
        AuditEvent third = auditEvent(subject, AuditType.LOGIN_SUCCEEDED, T0.plusSeconds(20));
        AuditEvent elsewhere = auditEvent(other, AuditType.LOGIN_DENIED, T0.plusSeconds(15));
        runInTx(() -> List.of(second, elsewhere, third, first).forEach(audit()::record));

        assertThat(inTx(() -> audit().recent(subject, 10))).containsExactly(third, second, first);
        assertThat(inTx(() -> audit().recent(subject, 2))).containsExactly(third, second);
        assertThat(inTx(() -> audit().recent(other, 10))).containsExactly(elsewhere);
        assertThat(inTx(() -> audit().recent(subject(), 10))).isEmpty();
    }

    @Test
    void recentOfEveryoneIsNewestFirstAcrossSubjects() {
        // Instants later than any other test's, and later on each run, so a shared database's older rows never
        // outrank these: the wall clock only makes them unique, nothing waits on it.
        Instant base = Instant.parse("2900-01-01T00:00:00Z").plusSeconds(System.currentTimeMillis());
        String a = subject();
        String b = subject();
        AuditEvent a1 = auditEvent(a, AuditType.USER_BLOCKED, base.plusSeconds(1));
        AuditEvent b1 = auditEvent(b, AuditType.USER_UNBLOCKED, base.plusSeconds(2));
        AuditEvent a2 = auditEvent(a, AuditType.REVIEW_DECIDED, base.plusSeconds(3));
        runInTx(() -> List.of(b1, a2, a1).forEach(audit()::record));

        assertThat(inTx(() -> audit().recent(null, 3))).containsExactly(a2, b1, a1);
        assertThat(inTx(() -> audit().recent(null, 2))).containsExactly(a2, b1);
        assertThat(inTx(() -> audit().recent(null, 50)))
                .isSortedAccordingTo(Comparator.comparing(AuditEvent::at).reversed())
                .hasSizeLessThanOrEqualTo(50);
    }
}
