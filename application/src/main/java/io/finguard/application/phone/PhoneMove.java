package io.finguard.application.phone;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.application.session.SessionRevoker;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.policy.CoolingOff;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeKind;
import io.finguard.domain.port.out.Notices;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The one "move the account to a new number" effect, shared by the change of number and the lost-phone recovery, run
 * inside the caller's transaction: the user's phone (and so its row in phone_claims) moves, which a racing claim of the
 * same number refuses with a {@code DuplicateException}; every session but {@code keep} ends; the old number gets a
 * notice through the notice outbox (no code in it); the audit log records both numbers masked; the cooling-off starts
 * (the user's phoneChangedAt).
 */
public final class PhoneMove {
    /** A notice about a number change is worth sending for a day; after that the owner has been told in other ways. */
    static final Duration NOTICE_LIFETIME = Duration.ofDays(1);

    private final Users users;
    private final Sessions sessions;
    private final SessionRevoker revoker;
    private final Notices notices;
    private final CoolingOff coolingOff;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public PhoneMove(Users users, Sessions sessions, SessionRevoker revoker, Notices notices, CoolingOff coolingOff, Auditor auditor, Ids ids, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.revoker = revoker;
        this.notices = notices;
        this.coolingOff = coolingOff;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    /** What the move did: the numbers, when the cooling-off ends, and how many sessions ended. */
    public record Moved(PhoneNumber from, PhoneNumber to, Instant coolingOffUntil, int sessionsEnded) {
    }

    /** Why the account moved, for the audit log. */
    public enum Via {
        CHANGE,
        RECOVERY
    }

    /** Moves a locked, active user to {@code to}; the session {@code keep} (the caller's own) stays live. */
    public Moved move(User.Active user, PhoneNumber to, Optional<FamilyId> keep, Via via) {
        Instant now = clock.instant();
        PhoneNumber from = user.facts().phone();
        users.update(user.on(new UserEvent.ChangePhone(to, now)).state());
        int ended = 0;
        for (RefreshFamily.Active family : sessions.lockActiveOf(user.id())) {
            if (keep.filter(family.facts().id()::equals).isEmpty()) {
                revoker.revoke(family, RevocationReason.PHONE_CHANGED);
                ended++;
            }
        }
        notices.enqueue(new Notice(ids.next(), from, NoticeKind.PHONE_NUMBER_CHANGED, now, now.plus(NOTICE_LIFETIME)));
        Instant coolingOffUntil = now.plus(coolingOff.period());
        auditor.record(AuditType.PHONE_CHANGED, user.id(), Map.of("from", from.masked(), "to", to.masked(),
                "via", via.name().toLowerCase(java.util.Locale.ROOT), "sessionsEnded", Integer.toString(ended),
                "coolingOffUntil", coolingOffUntil.toString()));
        auditor.publish(new DomainEvent.PhoneChanged(user.id(), now, from, to));
        return new Moved(from, to, coolingOffUntil, ended);
    }
}
