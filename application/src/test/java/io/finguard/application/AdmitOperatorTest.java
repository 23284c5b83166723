package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.port.in.AdmitOperator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operator request is counted per caller address and audited with it, before any operator work is done. */
class AdmitOperatorTest {
    private static final String ACTION = "POST /v1/admin/users/{userId}/block";
    private static final ClientAddress OPERATOR = new ClientAddress("10.1.2.3");
    private final Harness h = new Harness();

    private AdmitOperator.Result admit(ClientAddress client, boolean credentialValid) {
        return h.app.admitOperator().admit(new AdmitOperator.Command(client, ACTION, credentialValid));
    }

    private List<AuditEvent> trail() {
        return h.db.auditLog().all();
    }

    @Test
    void anOperatorWithTheCredentialIsAdmittedAndTheRequestIsAuditedWithTheCallersAddress() {
        assertThat(admit(OPERATOR, true)).isEqualTo(new AdmitOperator.Result.Admitted());

        assertThat(trail()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(AuditType.ADMIN_REQUEST);
            assertThat(event.subject()).isEqualTo("10.1.2.3");
            assertThat(event.details()).isEqualTo(Map.of("client", "10.1.2.3", "action", ACTION));
        });
    }

    @Test
    void aCallerWithoutTheCredentialIsRefusedAndThatIsAuditedToo() {
        assertThat(admit(OPERATOR, false)).isEqualTo(new AdmitOperator.Result.Unauthenticated());

        assertThat(trail()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(AuditType.ADMIN_REQUEST_REFUSED);
            assertThat(event.details()).containsEntry("client", "10.1.2.3");
        });
    }

    @Test
    void oneAddressIsLimitedToSixtyRequestsAMinuteWithOrWithoutTheCredential() {
        for (int i = 0; i < 60; i++) {
            assertThat(admit(OPERATOR, i % 2 == 0)).isNotInstanceOf(AdmitOperator.Result.Limited.class);
        }

        AdmitOperator.Result limited = admit(OPERATOR, true);

        assertThat(limited).isInstanceOfSatisfying(AdmitOperator.Result.Limited.class,
                l -> assertThat(l.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        // The limit bounds the work a caller can cause, audit writes included: the refused request adds no row.
        assertThat(trail()).hasSize(60);
        assertThat(admit(new ClientAddress("10.9.9.9"), true)).isEqualTo(new AdmitOperator.Result.Admitted());
        h.clock.advance(Duration.ofSeconds(61));
        assertThat(admit(OPERATOR, true)).isEqualTo(new AdmitOperator.Result.Admitted());
    }
}
