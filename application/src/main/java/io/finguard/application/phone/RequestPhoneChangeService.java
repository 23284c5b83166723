package io.finguard.application.phone;

import io.finguard.application.Auditor;
import io.finguard.application.ServiceSettings;
import io.finguard.application.otp.ParsedPhone;
import io.finguard.application.otp.PhoneParser;
import io.finguard.application.session.LiveSession;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.otp.ChallengeFacts;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.otp.OtpEvent;
import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeEvent;
import io.finguard.domain.phone.PhoneChangeFacts;
import io.finguard.domain.policy.StepUpFreshness;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.finguard.domain.port.out.CodeSealer;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxMessage;
import io.finguard.domain.port.out.PhoneChanges;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.token.AccessClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Change of number, step 1: a fresh step-up, then the new number is counted against the code-send limits (every
 * request, accepted or not, so the route cannot be used to probe numbers cheaply) and checked: a number that is
 * malformed, the user's own, another user's or a live signup's gets the same {@code NotAccepted}. Then, in one
 * transaction with the live-session check, the user's pending change (and its code) is superseded, and a PHONE_CHANGE
 * challenge, the change and the sealed code in the outbox are written.
 */
public final class RequestPhoneChangeService implements RequestPhoneChange {
    private static final OtpPurpose PURPOSE = OtpPurpose.PHONE_CHANGE;

    private final PhoneParser phones;
    private final StepUpFreshness freshness;
    private final RateLimiter limiter;
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Users users;
    private final PreUsers preUsers;
    private final OtpChallenges challenges;
    private final PhoneChanges changes;
    private final OtpCodes codes;
    private final CodeSealer sealer;
    private final Outbox outbox;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;
    private final ServiceSettings settings;

    public RequestPhoneChangeService(PhoneParser phones, StepUpFreshness freshness, RateLimiter limiter, Transactions tx,
                                     LiveSession liveSession, Users users, PreUsers preUsers, OtpChallenges challenges,
                                     PhoneChanges changes, OtpCodes codes, CodeSealer sealer, Outbox outbox, Auditor auditor,
                                     Ids ids, Clock clock, ServiceSettings settings) {
        this.phones = phones;
        this.freshness = freshness;
        this.limiter = limiter;
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.preUsers = preUsers;
        this.challenges = challenges;
        this.changes = changes;
        this.codes = codes;
        this.sealer = sealer;
        this.outbox = outbox;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Result request(Command command) {
        AccessClaims caller = command.caller();
        if (!freshness.isFresh(caller.acr(), caller.authTime(), clock.instant())) {
            return new Result.StepUpRequired();
        }
        if (!(phones.parse(command.phone(), command.region()) instanceof ParsedPhone.Valid valid)) {
            return refused(caller, "invalid");
        }
        PhoneNumber phone = valid.phone();
        if (limiter.allowOtpSend(phone, command.client()) instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        OtpCode code = codes.generate();
        ChallengeId id = ChallengeId.of(ids.next());
        return tx.inTransaction(() -> {
            if (liveSession.check(caller.subject(), caller.session()) instanceof LiveSession.Verdict.Denied denied) {
                return new Result.SessionNotLive(denied.reason());
            }
            if (!isFree(phone)) {
                return refused(caller, "unavailable");
            }
            Instant now = clock.instant();
            changes.lockPendingOf(caller.subject()).ifPresent(earlier -> supersede(earlier, now));
            ChallengeFacts facts = new ChallengeFacts(id, phone, PURPOSE, codes.hash(id, phone, PURPOSE, code), now,
                    now.plus(settings.otp().lifetime()), settings.otp().maxAttempts());
            challenges.add(OtpChallenge.issue(facts));
            changes.add(PhoneChange.request(new PhoneChangeFacts(id, caller.subject(), phone, now, facts.expiresAt())));
            UUID messageId = ids.next();
            outbox.enqueue(new OutboxMessage(messageId, id, phone, sealer.seal(code, messageId, id, phone), now, facts.expiresAt()));
            auditor.record(AuditType.PHONE_CHANGE_REQUESTED, caller.subject(), Map.of("to", phone.masked(), "challenge", id.toString()));
            return new Result.Sent(id, settings.otp().lifetime(), settings.resendCooldown());
        });
    }

    /** Free means: no user (the caller included) and no live signup holds it. Checked again by phone_claims at the move. */
    private boolean isFree(PhoneNumber phone) {
        return users.findByPhone(phone).isEmpty() && preUsers.lockLiveByPhone(phone).isEmpty();
    }

    private void supersede(PhoneChange.Pending earlier, Instant now) {
        changes.update(earlier.on(new PhoneChangeEvent.Supersede(now)).state());
        challenges.lock(earlier.facts().challenge())
                .filter(OtpChallenge.Pending.class::isInstance)
                .ifPresent(code -> challenges.update(code.on(new OtpEvent.Supersede(now)).state()));
    }

    private Result refused(AccessClaims caller, String why) {
        tx.inTransaction(() -> {
            auditor.record(AuditType.PHONE_CHANGE_REFUSED, caller.subject(), Map.of("reason", why));
            return null;
        });
        return new Result.NotAccepted();
    }
}
