package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.in.ForgetDevice;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
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
    private final SessionRevoker revoker;
    private final Auditor auditor;

    public ForgetDeviceService(Transactions tx, KnownKeys knownKeys, Sessions sessions, SessionRevoker revoker, Auditor auditor) {
        this.tx = tx;
        this.knownKeys = knownKeys;
        this.sessions = sessions;
        this.revoker = revoker;
        this.auditor = auditor;
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
            bound.forEach(f -> revoker.revoke(f, RevocationReason.LOGOUT));
            auditor.record(AuditType.SESSION_REVOKED, command.user(),
                    Map.of("reason", "device_forgotten", "sessions", Integer.toString(bound.size())));
            return new Result.Forgotten(bound.size());
        });
    }
}
