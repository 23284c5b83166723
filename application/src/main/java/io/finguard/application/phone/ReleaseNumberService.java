package io.finguard.application.phone;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.application.session.LoginFlow;
import io.finguard.application.session.SessionRevoker;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Transition;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.ReleaseNumber;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionOrigin;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserEvent;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * "This is not my account". The command comes only from a release ticket, which a login issues right after the
 * number was proven and only when the account was dormant and the device (its DPoP key) new to it; the user's state
 * and dormancy are checked again here, under the user's row lock, so a ticket outlived by a login of the real owner
 * (no longer dormant) releases nothing. The dormant user moves to PHONE_RELEASED (data kept, sessions ended,
 * number freed) and a fresh signup starts on the number, in one transaction.
 */
public final class ReleaseNumberService implements ReleaseNumber {
    private final Transactions tx;
    private final Users users;
    private final Dormancy dormancy;
    private final SessionRevoker revoker;
    private final LoginFlow login;
    private final Auditor auditor;
    private final Clock clock;

    public ReleaseNumberService(Transactions tx, Users users, Dormancy dormancy, SessionRevoker revoker, LoginFlow login,
                                Auditor auditor, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.dormancy = dormancy;
        this.revoker = revoker;
        this.login = login;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result release(Command command) {
        return tx.inTransaction(() -> {
            Optional<User> locked = users.lock(command.user());
            if (locked.isEmpty() || !(locked.get() instanceof User.Active user)) {
                return new Result.Refused(Refusal.NOT_RELEASABLE);
            }
            if (!dormancy.dormant(user)) {
                return new Result.Refused(Refusal.NOT_RELEASABLE);
            }
            PhoneNumber phone = user.facts().phone();
            Transition<User> step = user.on(new UserEvent.ReleasePhone(clock.instant()));
            if (!(step instanceof Transition.Moved<User> moved)) {
                return new Result.Refused(Refusal.NOT_RELEASABLE);
            }
            users.update(moved.next());
            int ended = revoker.revokeAll(user.id(), RevocationReason.PHONE_RELEASED);
            auditor.record(AuditType.PHONE_RELEASED, user.id(), Map.of("phone", phone.masked(), "sessionsEnded",
                    Integer.toString(ended)));
            auditor.publish(new DomainEvent.NumberReleased(user.id(), clock.instant(), phone));
            return switch (login.afterPhoneProven(phone, command.device(), Optional.empty(), 0, SessionOrigin.NONE)) {
                case LoginResult.OnboardingRequired signup -> new Result.Released(signup);
                case LoginResult other -> throw new IllegalStateException("a released number must lead to a signup, not " + other);
            };
        });
    }
}
