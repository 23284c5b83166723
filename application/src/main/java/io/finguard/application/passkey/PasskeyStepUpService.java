package io.finguard.application.passkey;

import io.finguard.application.Auditor;
import io.finguard.application.session.LiveSession;
import io.finguard.application.session.SessionRevoker;
import io.finguard.application.session.SessionIssuer;
import io.finguard.application.session.StepUpCompletion;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.StepUpWithPasskey;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.PasskeyAssertions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.user.User;
import java.time.Clock;
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
    private final ServerChallenges challenges;
    private final PasskeyAssertions assertions;
    private final StepUpCompletion completion;
    private final Auditor auditor;

    public PasskeyStepUpService(Transactions tx, Users users, Accounts accounts, SessionRevoker revoker, LiveSession liveSession,
                                ServerChallenges challenges, PasskeyAssertions assertions, SessionIssuer issuer,
                                LoginPolicy loginPolicy, Auditor auditor, Clock clock, KnownKeys knownKeys) {
        this.tx = tx;
        this.users = users;
        this.challenges = challenges;
        this.assertions = assertions;
        this.completion = new StepUpCompletion(liveSession, accounts, revoker, issuer, loginPolicy, auditor, clock, knownKeys);
        this.auditor = auditor;
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
        StepUpCompletion.Proof proof = new StepUpCompletion.Proof(command.subject(), AuthMethod.PASSKEY, command.client(),
                command.key(), Map.of("passkey", verified.passkey().toString()));
        return switch (completion.complete(user, proof)) {
            case StepUpCompletion.Outcome.SteppedUp done -> new Result.SteppedUp(done.login());
            case StepUpCompletion.Outcome.Denied denied -> new Result.Denied(denied.reason());
        };
    }
}
