package io.finguard.application.signup;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.application.ServiceSettings;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** S5: a converted signup becomes an ACTIVE user with a LIMITED account (inside the caller's transaction). */
public final class Conversion {
    private final Users users;
    private final Accounts accounts;
    private final Ids ids;
    private final Clock clock;
    private final ServiceSettings settings;
    private final Auditor auditor;

    public Conversion(Users users, Accounts accounts, Ids ids, Clock clock, ServiceSettings settings, Auditor auditor) {
        this.users = users;
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.auditor = auditor;
    }

    record Converted(User user, Account account) {
    }

    Converted convert(PreUser.Converted signup) {
        Instant now = clock.instant();
        User user = User.create(new UserFacts(signup.userId(), signup.facts().phone(), signup.profile(), signup.credentials(),
                now, now, 0));
        Account account = Account.open(new AccountCore(AccountId.of(ids.next()), user.id(), AccountStatus.ACTIVE,
                Money.zero(settings.tiers().currency()), now, 0));
        users.add(user);
        accounts.add(account);
        auditor.record(AuditType.SIGNUP_APPROVED, signup.facts().id(), Map.of("user", user.id().toString()));
        auditor.publish(new DomainEvent.UserCreated(user.id(), now, account.tier().name()));
        return new Converted(user, account);
    }
}
