package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.in.ForgetDevice;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Forgets a known device in one transaction with ending every live session bound to its key (a logout of that device),
 * so the key is a new device again: its next login needs the PIN.
 */
public final class ForgetDeviceService implements ForgetDevice {
    private final Transactions tx;
    private final KnownKeys knownKeys;
    private final Sessions sessions;
    private final Auditor auditor;
    private final Clock clock;

    public ForgetDeviceService(Transactions tx, KnownKeys knownKeys, Sessions sessions, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.knownKeys = knownKeys;
        this.sessions = sessions;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result forget(Command command) {
        return tx.inTransaction(() -> {
            List<RefreshFamily.Active> bound = sessions.lockActiveOf(command.user()).stream()
                    .filter(f -> f.facts().key().filter(command.key()::equals).isPresent())
                    .toList();
            if (!knownKeys.forget(command.user(), command.key())) {
                return new Result.NotKnown();
            }
            bound.forEach(f -> sessions.update(f.on(new FamilyEvent.Revoke(RevocationReason.LOGOUT, clock.instant())).state()));
            auditor.record(AuditType.SESSION_REVOKED, command.user(),
                    Map.of("reason", "device_forgotten", "sessions", Integer.toString(bound.size())));
            return new Result.Forgotten(bound.size());
        });
    }
}
