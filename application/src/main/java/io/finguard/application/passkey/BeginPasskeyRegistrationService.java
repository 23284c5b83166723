package io.finguard.application.passkey;

import io.finguard.application.session.LiveSession;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.Passkey;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.passkey.PasskeyRules;
import io.finguard.domain.policy.StepUpFreshness;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.token.AccessClaims;
import java.time.Clock;
import java.util.List;

/** Registration options for a live session with a fresh second factor, below the per-user passkey limit. */
public final class BeginPasskeyRegistrationService implements BeginPasskeyRegistration {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Passkeys passkeys;
    private final ServerChallenges challenges;
    private final PasskeyRules rules;
    private final StepUpFreshness freshness;
    private final Clock clock;

    public BeginPasskeyRegistrationService(Transactions tx, LiveSession liveSession, Passkeys passkeys, ServerChallenges challenges,
                                           PasskeyRules rules, StepUpFreshness freshness, Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.rules = rules;
        this.freshness = freshness;
        this.clock = clock;
    }

    @Override
    public Result begin(Command command) {
        AccessClaims caller = command.caller();
        if (!freshness.isFresh(caller.acr(), caller.authTime(), clock.instant())) {
            return new Result.StepUpRequired();
        }
        return tx.inTransaction(() -> {
            if (liveSession.check(caller.subject(), caller.session()) instanceof LiveSession.Verdict.Denied denied) {
                return new Result.SessionNotLive(denied.reason());
            }
            List<Passkey> existing = passkeys.ofUser(caller.subject());
            if (existing.size() >= rules.maxPerUser()) {
                return new Result.Refused(PasskeyRefusal.LIMIT_REACHED);
            }
            Challenge challenge = challenges.issue(caller.subject(), PasskeyPurpose.REGISTRATION);
            return new Result.Options(challenge, caller.subject(), existing.stream().map(Passkey::credential).toList(),
                    rules.challengeTtl());
        });
    }
}
