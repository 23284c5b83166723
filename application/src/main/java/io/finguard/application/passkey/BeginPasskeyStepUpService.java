package io.finguard.application.passkey;

import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.Passkey;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.passkey.PasskeyRules;
import io.finguard.domain.port.in.BeginPasskeyStepUp;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.user.User;
import java.util.List;
import java.util.Optional;

/** Step-up options for an active user who has passkeys: their credentials and a fresh single-use challenge. */
public final class BeginPasskeyStepUpService implements BeginPasskeyStepUp {
    private final Transactions tx;
    private final Users users;
    private final Passkeys passkeys;
    private final ServerChallenges challenges;
    private final PasskeyRules rules;

    public BeginPasskeyStepUpService(Transactions tx, Users users, Passkeys passkeys, ServerChallenges challenges, PasskeyRules rules) {
        this.tx = tx;
        this.users = users;
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.rules = rules;
    }

    @Override
    public Result begin(Command command) {
        var user = command.subject().user();
        return tx.inTransaction(() -> {
            Optional<User> found = users.lock(user);
            if (found.isEmpty() || found.get() instanceof User.Blocked) {
                return new Result.Denied(found.isEmpty() ? StepUp.Denial.USER_UNKNOWN : StepUp.Denial.USER_BLOCKED);
            }
            List<Passkey> held = passkeys.ofUser(user);
            if (held.isEmpty()) {
                return new Result.NoPasskeys();
            }
            Challenge challenge = challenges.issue(user, PasskeyPurpose.STEP_UP);
            return new Result.Options(challenge, held.stream().map(Passkey::credential).toList(), rules.challengeTtl());
        });
    }
}
