package io.finguard.application.passkey;

import io.finguard.application.Auditor;
import io.finguard.application.session.LiveSession;
import io.finguard.application.session.SessionRevoker;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.session.SessionOrigin;
import io.finguard.application.session.SessionIssuer;
import io.finguard.domain.account.Account;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.StepUpWithPasskey;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.PasskeyAssertions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * A passkey as the second factor: the user's step-up challenge is spent, the assertion verified over it
 * ({@link PasskeyAssertions}), and then, like a PIN or password step-up, a login needing step-up is finished or a live
 * session is replaced by an AAL2 one ({@code amr} sms + pop). All in one transaction, user locked first. A refused
 * assertion is audited but does not count toward the PIN/password lock: it is not a guess at a secret.
 */
public final class PasskeyStepUpService implements StepUpWithPasskey {
    private final Transactions tx;
    private final Users users;
    private final Accounts accounts;
    private final SessionRevoker revoker;
    private final LiveSession liveSession;
    private final ServerChallenges challenges;
    private final PasskeyAssertions assertions;
    private final SessionIssuer issuer;
    private final LoginPolicy loginPolicy;
    private final Auditor auditor;
    private final Clock clock;
    private final KnownKeys knownKeys;

    public PasskeyStepUpService(Transactions tx, Users users, Accounts accounts, SessionRevoker revoker, LiveSession liveSession,
                                ServerChallenges challenges, PasskeyAssertions assertions, SessionIssuer issuer,
                                LoginPolicy loginPolicy, Auditor auditor, Clock clock, KnownKeys knownKeys) {
        this.tx = tx;
        this.users = users;
        this.accounts = accounts;
        this.revoker = revoker;
        this.liveSession = liveSession;
        this.challenges = challenges;
        this.assertions = assertions;
        this.issuer = issuer;
        this.loginPolicy = loginPolicy;
        this.auditor = auditor;
        this.clock = clock;
        this.knownKeys = knownKeys;
    }

    @Override
    public Result stepUp(Command command) {
        return tx.inTransaction(() -> verified(command));
    }

    private Result verified(Command command) {
        UserId user = command.subject().user();
        Optional<User> locked = users.lock(user);
        if (locked.isEmpty() || locked.get() instanceof User.Blocked) {
            return new Result.Denied(locked.isEmpty() ? StepUp.Denial.USER_UNKNOWN : StepUp.Denial.USER_BLOCKED);
        }
        Optional<Challenge> expected = challenges.spend(user, PasskeyPurpose.STEP_UP);
        if (expected.isEmpty()) {
            return refused(user, PasskeyRefusal.CHALLENGE_MISSING);
        }
        return switch (assertions.verify(user, command.assertion(), expected.get().bytes())) {
            case PasskeyAssertions.Verdict.Refused refused -> refused(user, refused.reason());
            case PasskeyAssertions.Verdict.Verified verified -> finish(command, locked.get(), verified);
        };
    }

    private Result refused(UserId user, PasskeyRefusal reason) {
        auditor.record(AuditType.STEP_UP_FAILED, user, Map.of("method", AuthMethod.PASSKEY.name(), "reason", reason.code()));
        return new Result.Refused(reason);
    }

    private Result finish(Command command, User user, PasskeyAssertions.Verdict.Verified verified) {
        Optional<RefreshFamily.Active> replaced = Optional.empty();
        if (command.subject() instanceof StepUp.Subject.ViaSession via) {
            switch (liveSession.check(via.user(), via.session())) {
                case LiveSession.Verdict.Denied denied -> {
                    return new Result.Denied(denied.reason() == SessionDenial.USER_BLOCKED
                            ? StepUp.Denial.USER_BLOCKED : StepUp.Denial.SESSION_REVOKED);
                }
                case LiveSession.Verdict.Live live -> replaced = Optional.of(live.session());
            }
        }
        Optional<Account> account = accounts.findByOwner(user.id());
        if (account.isEmpty()) {
            return new Result.Denied(StepUp.Denial.ACCOUNT_MISSING);
        }
        replaced.ifPresent(family -> revoker.revoke(family, RevocationReason.REPLACED));
        Optional<DeviceId> device = switch (command.subject()) {
            case StepUp.Subject.ViaTicket via -> via.device();
            case StepUp.Subject.ViaSession via -> replaced.orElseThrow().facts().device();
        };
        Optional<SessionName> name = switch (command.subject()) {
            case StepUp.Subject.ViaTicket via -> via.sessionName();
            case StepUp.Subject.ViaSession via -> replaced.orElseThrow().facts().origin().name();
        };
        SessionTokens tokens = issuer.start(user.id(), account.get().tier(), loginPolicy.scopesFor(account),
                AssuranceLevel.AAL2, EnumSet.of(AuthMethod.SMS, AuthMethod.PASSKEY), device, command.key(),
                SessionOrigin.of(name, command.client()));
        // As a PIN or password step-up: a step-up by a DPoP key makes it a known device; the new session is bound to it.
        // After the families (lock order user, families, known keys, as StepUpService takes them).
        command.key().ifPresent(key -> knownKeys.steppedUp(user.id(), key, clock.instant()));
        auditor.record(AuditType.STEP_UP_SUCCEEDED, user.id(),
                Map.of("method", AuthMethod.PASSKEY.name(), "passkey", verified.passkey().toString()));
        return new Result.SteppedUp(new LoginResult.Authenticated(account.get().tier(), tokens));
    }
}
