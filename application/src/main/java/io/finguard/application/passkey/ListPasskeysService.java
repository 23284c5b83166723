package io.finguard.application.passkey;

import io.finguard.application.session.LiveSession;
import io.finguard.domain.port.in.ListPasskeys;
import io.finguard.domain.port.in.PasskeyView;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.Transactions;

/** The caller's passkeys, while their session is live. */
public final class ListPasskeysService implements ListPasskeys {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Passkeys passkeys;

    public ListPasskeysService(Transactions tx, LiveSession liveSession, Passkeys passkeys) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.passkeys = passkeys;
    }

    @Override
    public Result list(Command command) {
        var caller = command.caller();
        return tx.inTransaction(() -> {
            if (liveSession.check(caller.subject(), caller.session()) instanceof LiveSession.Verdict.Denied denied) {
                return new Result.SessionNotLive(denied.reason());
            }
            return new Result.Listed(passkeys.ofUser(caller.subject()).stream().map(PasskeyView::of).toList());
        });
    }
}
