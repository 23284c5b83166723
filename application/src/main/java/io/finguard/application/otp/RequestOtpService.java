package io.finguard.application.otp;

import io.finguard.application.Auditor;
import io.finguard.application.ServiceSettings;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.otp.ChallengeFacts;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.otp.OtpEvent;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.CodeSealer;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxMessage;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Steps 1-3: parse the phone, count the send against every limit, then in one transaction supersede the
 * live challenge, store the new one and queue its code, sealed, in the outbox. The answer never depends on whether
 * the phone is registered.
 */
public final class RequestOtpService implements RequestOtp {
    private static final OtpPurpose PURPOSE = OtpPurpose.PHONE_ENTRY;

    private final PhoneParser phones;
    private final RateLimiter limiter;
    private final Transactions tx;
    private final OtpChallenges challenges;
    private final OtpCodes codes;
    private final CodeSealer sealer;
    private final Outbox outbox;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;
    private final ServiceSettings settings;

    public RequestOtpService(PhoneParser phones, RateLimiter limiter, Transactions tx, OtpChallenges challenges, OtpCodes codes,
                             CodeSealer sealer, Outbox outbox, Auditor auditor, Ids ids, Clock clock, ServiceSettings settings) {
        this.phones = phones;
        this.limiter = limiter;
        this.tx = tx;
        this.challenges = challenges;
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
        return switch (phones.parse(command.phone(), command.region())) {
            case ParsedPhone.Invalid invalid -> new Result.InvalidPhone(invalid.problem());
            case ParsedPhone.Valid valid -> send(valid.phone(), command);
        };
    }

    private Result send(PhoneNumber phone, Command command) {
        RateDecision decision = limiter.allowOtpSend(phone, command.client());
        if (decision instanceof RateDecision.Denied denied) {
            tx.inTransaction(() -> {
                auditor.record(AuditType.OTP_SEND_DENIED, phone.masked(), Map.of("limit", denied.limit().name()));
                return null;
            });
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        OtpCode code = codes.generate();
        ChallengeId id = ChallengeId.of(ids.next());
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            challenges.lockPending(phone, PURPOSE).ifPresent(live -> challenges.update(live.on(new OtpEvent.Supersede(now)).state()));
            ChallengeFacts facts = new ChallengeFacts(id, phone, PURPOSE, codes.hash(id, phone, PURPOSE, code), now,
                    now.plus(settings.otp().lifetime()), settings.otp().maxAttempts());
            challenges.add(OtpChallenge.issue(facts));
            // Sealed before the outbox sees it, so storage, WAL and backups only ever hold ciphertext; the dispatcher's
            // courier, which holds the key, is the one reader.
            UUID messageId = ids.next();
            outbox.enqueue(new OutboxMessage(messageId, id, phone, sealer.seal(code, messageId, id, phone), now, facts.expiresAt()));
            auditor.record(AuditType.OTP_SENT, phone.masked(), Map.of("challenge", id.toString()));
            return new Result.Sent(id, settings.otp().lifetime(), settings.resendCooldown());
        });
    }
}
