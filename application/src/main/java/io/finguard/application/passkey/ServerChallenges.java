package io.finguard.application.passkey;

import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyChallenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.passkey.PasskeyRules;
import io.finguard.domain.port.out.PasskeyChallenges;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Server challenges of registration and step-up: 32 random bytes held for one user and purpose for the rules' time,
 * and spent at the first answer (right or wrong). Runs inside the caller's transaction.
 */
public final class ServerChallenges {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final PasskeyChallenges challenges;
    private final PasskeyRules rules;
    private final Clock clock;

    public ServerChallenges(PasskeyChallenges challenges, PasskeyRules rules, Clock clock) {
        this.challenges = challenges;
        this.rules = rules;
        this.clock = clock;
    }

    /** A fresh challenge, replacing the one the user held for {@code purpose}. */
    Challenge issue(UserId user, PasskeyPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Challenge challenge = Challenge.of(bytes);
        challenges.put(new PasskeyChallenge(user, purpose, challenge, clock.instant().plus(rules.challengeTtl())));
        return challenge;
    }

    /** The challenge the user held for {@code purpose}, now spent; empty when none was held or it had expired. */
    Optional<Challenge> spend(UserId user, PasskeyPurpose purpose) {
        return challenges.take(user, purpose).filter(held -> held.liveAt(clock.instant())).map(PasskeyChallenge::challenge);
    }
}
