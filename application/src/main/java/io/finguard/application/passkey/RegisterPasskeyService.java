package io.finguard.application.passkey;

import io.finguard.application.Auditor;
import io.finguard.application.session.LiveSession;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.Passkey;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.passkey.PasskeyRules;
import io.finguard.domain.policy.StepUpFreshness;
import io.finguard.domain.port.in.PasskeyView;
import io.finguard.domain.port.in.RegisterPasskey;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.WebAuthnCeremonies;
import io.finguard.domain.token.AccessClaims;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a passkey from the browser's attestation: the session must be live with a fresh second factor, the user's
 * registration challenge is spent whatever the outcome, and the credential must be new.
 */
public final class RegisterPasskeyService implements RegisterPasskey {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Passkeys passkeys;
    private final ServerChallenges challenges;
    private final WebAuthnCeremonies ceremonies;
    private final PasskeyRules rules;
    private final StepUpFreshness freshness;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public RegisterPasskeyService(Transactions tx, LiveSession liveSession, Passkeys passkeys, ServerChallenges challenges,
                                  WebAuthnCeremonies ceremonies, PasskeyRules rules, StepUpFreshness freshness, Auditor auditor,
                                  Ids ids, Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.ceremonies = ceremonies;
        this.rules = rules;
        this.freshness = freshness;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result register(Command command) {
        AccessClaims caller = command.caller();
        if (!freshness.isFresh(caller.acr(), caller.authTime(), clock.instant())) {
            return new Result.StepUpRequired();
        }
        try {
            return tx.inTransaction(() -> registerLive(command));
        } catch (DuplicateException taken) {
            // Another user registered this credential id between our check and the insert: nothing was stored.
            return new Result.Refused(PasskeyRefusal.ALREADY_REGISTERED);
        }
    }

    private Result registerLive(Command command) {
        AccessClaims caller = command.caller();
        if (liveSession.check(caller.subject(), caller.session()) instanceof LiveSession.Verdict.Denied denied) {
            return new Result.SessionNotLive(denied.reason());
        }
        Optional<Challenge> expected = challenges.spend(caller.subject(), PasskeyPurpose.REGISTRATION);
        if (expected.isEmpty()) {
            return new Result.Refused(PasskeyRefusal.CHALLENGE_MISSING);
        }
        List<Passkey> existing = passkeys.ofUser(caller.subject());
        if (existing.size() >= rules.maxPerUser()) {
            return new Result.Refused(PasskeyRefusal.LIMIT_REACHED);
        }
        return switch (ceremonies.register(command.attestation(), expected.get())) {
            case WebAuthnCeremonies.Registration.Refused refused -> new Result.Refused(refused.reason());
            case WebAuthnCeremonies.Registration.Valid valid -> {
                if (existing.stream().anyMatch(p -> p.credential().equals(valid.credential()))) {
                    yield new Result.Refused(PasskeyRefusal.ALREADY_REGISTERED);
                }
                Passkey passkey = new Passkey(new PasskeyId(ids.next()), caller.subject(), valid.credential(), valid.publicKey(),
                        command.name().strip(), command.attestation().transports(), valid.signCount(), clock.instant(),
                        Optional.empty());
                passkeys.add(passkey);
                auditor.record(AuditType.PASSKEY_REGISTERED, caller.subject(), Map.of("passkey", passkey.id().toString()));
                yield new Result.Registered(PasskeyView.of(passkey));
            }
        };
    }
}
