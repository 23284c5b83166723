package io.finguard.application.txauth;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Transition;
import io.finguard.domain.otp.ChallengeFacts;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.otp.OtpEvent;
import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.port.out.CodeSealer;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxMessage;
import io.finguard.domain.txauth.AuthorizationFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The one home of TRANSACTION codes: one per authorisation, its challenge id being the authorisation's id, bound (by
 * the code hash) to the payer's phone and this purpose, and sent with the payment it confirms. Inside the caller's
 * transaction.
 */
public final class TransactionCodes {
    private static final int MAX_CODE_LENGTH = 16;
    private final OtpChallenges challenges;
    private final OtpCodes codes;
    private final CodeSealer sealer;
    private final Outbox outbox;
    private final OtpPolicy policy;
    private final Ids ids;
    private final Clock clock;

    public TransactionCodes(OtpChallenges challenges, OtpCodes codes, CodeSealer sealer, Outbox outbox, OtpPolicy policy, Ids ids,
                            Clock clock) {
        this.challenges = challenges;
        this.codes = codes;
        this.sealer = sealer;
        this.outbox = outbox;
        this.policy = policy;
        this.ids = ids;
        this.clock = clock;
    }

    /** True when this authorisation already has its code. */
    public boolean issued(AuthorizationFacts facts) {
        return challenges.lock(challengeOf(facts)).isPresent();
    }

    /** Issues the code and queues its SMS ("... to pay EUR 20.00 to +49 *** 78 ..."); it lives as long as either does. */
    public Instant issue(AuthorizationFacts facts, PhoneNumber payer) {
        ChallengeId id = challengeOf(facts);
        OtpCode code = codes.generate();
        Instant now = clock.instant();
        Instant end = now.plus(policy.lifetime()).isBefore(facts.expiresAt()) ? now.plus(policy.lifetime()) : facts.expiresAt();
        challenges.add(OtpChallenge.issue(new ChallengeFacts(id, payer, OtpPurpose.TRANSACTION,
                codes.hash(id, payer, OtpPurpose.TRANSACTION, code), now, end, policy.maxAttempts())));
        UUID messageId = ids.next();
        outbox.enqueue(new OutboxMessage(messageId, id, payer, sealer.seal(code, messageId, id, payer), now, end,
                Optional.of(facts.amount().display() + " to " + facts.payeeMasked())));
        return end;
    }

    /** Whether {@code presented} is this authorisation's code (the challenge counts the try); empty when none was sent. */
    public Optional<Boolean> check(AuthorizationFacts facts, PhoneNumber payer, String presented) {
        ChallengeId id = challengeOf(facts);
        Optional<OtpChallenge> challenge = challenges.lock(id).filter(c -> c.facts().purpose() == OtpPurpose.TRANSACTION);
        if (challenge.isEmpty()) {
            return Optional.empty();
        }
        boolean matches = presented.length() <= MAX_CODE_LENGTH
                && codes.matches(challenge.get().facts().codeHash(), id, payer, OtpPurpose.TRANSACTION, presented);
        Transition<OtpChallenge> step = challenge.get().on(new OtpEvent.Verify(matches, clock.instant()));
        if (step.changed()) {
            challenges.update(step.state());
        }
        return Optional.of(step.state() instanceof OtpChallenge.Verified);
    }

    private static ChallengeId challengeOf(AuthorizationFacts facts) {
        return ChallengeId.of(facts.id().value());
    }
}
