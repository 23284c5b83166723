package io.finguard.application.phone;

import io.finguard.application.Auditor;
import io.finguard.application.otp.ParsedPhone;
import io.finguard.application.otp.PhoneParser;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryEvent;
import io.finguard.domain.phone.RecoveryFacts;
import io.finguard.domain.port.in.RequestRecovery;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.IdentityCheck;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.KycProvider;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import java.time.Clock;
import io.finguard.domain.policy.SimSwapRisk;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Lost phone, step 1. Each attempt counts against the hashing limits of the old number (whether anyone holds it) and
 * of the client network before any work. The password is checked outside any transaction, against the old number's
 * user or, for an unknown number, against nothing in the same time: a wrong password, an unknown or malformed number,
 * a blocked user and a user with a recovery already open all answer {@code Refused}. A right password only opens the
 * recovery: a fresh identity check goes to the {@code KycProvider}, which decides at once or leaves it to an operator.
 */
public final class RequestRecoveryService implements RequestRecovery {
    private final PhoneParser phones;
    private final RateLimiter limiter;
    private final Transactions tx;
    private final OpenSignups signups;
    private final Users users;
    private final Recoveries recoveries;
    private final RecoveryTicks ticks;
    private final SecretHasher hasher;
    private final KycProvider provider;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;
    private final Duration lifetime;
    private final SimSwapGuard simSwap;

    public RequestRecoveryService(PhoneParser phones, RateLimiter limiter, Transactions tx, PreUsers preUsers,
                                  Users users, Recoveries recoveries, SecretHasher hasher, KycProvider provider, Auditor auditor,
                                  Ids ids, Clock clock, Duration lifetime, SimSwapGuard simSwap) {
        this.phones = phones;
        this.limiter = limiter;
        this.tx = tx;
        this.signups = new OpenSignups(preUsers, clock);
        this.users = users;
        this.recoveries = recoveries;
        this.ticks = new RecoveryTicks(recoveries, clock);
        this.hasher = hasher;
        this.provider = provider;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.lifetime = lifetime;
        this.simSwap = simSwap;
    }

    @Override
    public Result request(Command command) {
        Optional<PhoneNumber> old = phones.parse(command.oldPhone(), command.region()) instanceof ParsedPhone.Valid valid
                ? Optional.of(valid.phone()) : Optional.empty();
        HashingSubject subject = old.<HashingSubject>map(HashingSubject.OfRecoveredPhone::new)
                .orElseGet(() -> new HashingSubject.OfSignup(command.signup()));
        if (limiter.allowHashing(subject, command.client()) instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        Optional<PreUser> signup = tx.inTransaction(() -> signups.lockOpen(command.signup()));
        if (signup.isEmpty()) {
            return new Result.SignupNotOpen();
        }
        Optional<User> holder = old.flatMap(phone -> tx.inTransaction(() -> users.findByPhone(phone)));
        boolean matches = holder.filter(User.Active.class::isInstance)
                .map(user -> hasher.verify(command.password(), user.facts().credentials().password()).matches())
                .orElseGet(() -> {
                    hasher.verifyDummy(command.password());
                    return false;
                });
        if (!matches) {
            return refused(old, "credentials");
        }
        // The new number (proven by the signup) is asked about before the transaction (a network call).
        SimSwapRisk risk = simSwap.assess(signup.get().facts().phone());
        try {
            return tx.inTransaction(() -> open(command, holder.get().id(), old.get(), risk));
        } catch (DuplicateException raced) {
            return refused(old, "already_open");
        }
    }

    private Result open(Command command, UserId userId, PhoneNumber old, SimSwapRisk risk) {
        Optional<PreUser> signup = signups.lockOpen(command.signup());
        if (signup.isEmpty()) {
            return new Result.SignupNotOpen();
        }
        PhoneNumber newPhone = signup.get().facts().phone();
        if (ticks.current(recoveries.lockNewestFor(newPhone)).filter(r -> r.status().isOpen()).isPresent()) {
            return new Result.SignupNotOpen();
        }
        Optional<User> user = users.lock(userId).filter(u -> u instanceof User.Active && u.facts().phone().equals(old));
        if (user.isEmpty() || ticks.current(recoveries.lockOpenOf(userId)).filter(r -> r.status().isOpen()).isPresent()) {
            return refused(Optional.of(old), user.isEmpty() ? "not_active" : "already_open");
        }
        // A new number just moved to another SIM (or one the network cannot vouch for) is no reason to refuse: a person
        // who lost a phone often has a new SIM. It is a reason for a person to look: the provider's immediate decision
        // is set aside and the recovery waits for an operator (audited).
        SimSwapGuard.audit(auditor, userId, risk, "recovery");
        Instant now = clock.instant();
        Recovery recovery = Recovery.request(new RecoveryFacts(RecoveryId.of(ids.next()), userId, old, newPhone, now, now.plus(lifetime)));
        IdentityCheck check = provider.checkIdentity(userId, command.documents());
        recovery = recovery.on(new RecoveryEvent.StartIdentityCheck(check.reference(), now)).state();
        if (check instanceof IdentityCheck.Decided decided && risk == SimSwapRisk.NONE) {
            recovery = recovery.on(new RecoveryEvent.Decide(decided.verified(), now)).state();
        }
        recoveries.add(recovery);
        auditor.record(AuditType.RECOVERY_REQUESTED, userId, Map.of("recovery", recovery.facts().id().toString(),
                "from", old.masked(), "to", newPhone.masked(), "reference", check.reference(), "status", recovery.status().name()));
        return new Result.Started(RecoveryViews.of(recovery));
    }

    private Result refused(Optional<PhoneNumber> old, String why) {
        tx.inTransaction(() -> {
            auditor.record(AuditType.RECOVERY_REFUSED, old.map(PhoneNumber::masked).orElse("invalid"), Map.of("reason", why));
            return null;
        });
        return new Result.Refused();
    }
}
