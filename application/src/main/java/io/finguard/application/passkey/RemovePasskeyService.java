package io.finguard.application.passkey;

import io.finguard.application.Auditor;
import io.finguard.application.session.LiveSession;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.policy.StepUpFreshness;
import io.finguard.domain.port.in.RemovePasskey;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.Map;

/** Deletes one of the caller's passkeys after a fresh second factor; sessions stay (they were not proven by it alone). */
public final class RemovePasskeyService implements RemovePasskey {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Passkeys passkeys;
    private final StepUpFreshness freshness;
    private final Auditor auditor;
    private final Clock clock;

    public RemovePasskeyService(Transactions tx, LiveSession liveSession, Passkeys passkeys, StepUpFreshness freshness,
                                Auditor auditor, Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.passkeys = passkeys;
        this.freshness = freshness;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result remove(Command command) {
        var caller = command.caller();
        if (!freshness.isFresh(caller.acr(), caller.authTime(), clock.instant())) {
            return new Result.StepUpRequired();
        }
        return tx.inTransaction(() -> {
            if (liveSession.check(caller.subject(), caller.session()) instanceof LiveSession.Verdict.Denied denied) {
                return new Result.SessionNotLive(denied.reason());
            }
            if (!passkeys.remove(caller.subject(), command.passkey())) {
                return new Result.NotFound();
            }
            auditor.record(AuditType.PASSKEY_REMOVED, caller.subject(), Map.of("passkey", command.passkey().toString()));
            return new Result.Removed();
        });
    }
}
