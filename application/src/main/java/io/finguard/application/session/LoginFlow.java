package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.application.ServiceSettings;
import io.finguard.application.phone.Dormancy;
import io.finguard.application.phone.SimSwapGuard;
import io.finguard.application.signup.SignupSteps;
import io.finguard.application.signup.SignupViews;
import io.finguard.domain.account.Account;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.LoginDecision;
import io.finguard.domain.policy.LoginFacts;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.policy.PhoneSignals;
import io.finguard.domain.policy.SimSwapRisk;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.SessionOrigin;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserFacts;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What happens once a phone is proven (L1-L6): look the identity up, apply the login policy, and answer
 * with tokens, a step-up ticket, or a signup ticket (starting S1 for an unknown phone). A dormant account or a SIM
 * swap asks for the password; a dormant account on a new device also gets a release ticket ("this is not my
 * account"). Runs inside the caller's transaction.
 */
public final class LoginFlow {
    private final Users users;
    private final Accounts accounts;
    private final PreUsers preUsers;
    private final KnownKeys knownKeys;
    private final SignupSteps signupSteps;
    private final LoginPolicy policy;
    private final SessionIssuer sessionIssuer;
    private final Tickets tickets;
    private final Ids ids;
    private final Clock clock;
    private final ServiceSettings settings;
    private final Auditor auditor;
    private final Dormancy dormancy;
    private final SimSwapGuard simSwap;

    public LoginFlow(Users users, Accounts accounts, PreUsers preUsers, KnownKeys knownKeys, SignupSteps signupSteps, LoginPolicy policy,
              SessionIssuer sessionIssuer, Tickets tickets, Ids ids, Clock clock, ServiceSettings settings, Auditor auditor,
              Dormancy dormancy, SimSwapGuard simSwap) {
        this.users = users;
        this.accounts = accounts;
        this.preUsers = preUsers;
        this.knownKeys = knownKeys;
        this.signupSteps = signupSteps;
        this.policy = policy;
        this.sessionIssuer = sessionIssuer;
        this.tickets = tickets;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.auditor = auditor;
        this.dormancy = dormancy;
        this.simSwap = simSwap;
    }

    /**
     * A known device is a DPoP key that stepped up for this user before; a client without a key is always a new device,
     * whatever device label it names. Tokens issued are bound to the key. The origin (session name, coarse network)
     * goes to the session this login starts; a step-up ticket carries the name on to the session the step-up starts.
     */
    public LoginResult afterPhoneProven(PhoneNumber phone, Optional<DeviceId> device, Optional<KeyThumbprint> key,
                                        int failedAttempts, SessionOrigin origin) {
        Optional<User> user = users.findByPhone(phone);
        Optional<Account> account = user.flatMap(u -> accounts.findByOwner(u.id()));
        Optional<PreUser> signup = user.isPresent() ? Optional.empty() : signupSteps.liveByPhone(phone);
        boolean knownDevice = user.flatMap(u -> key.map(k -> knownKeys.isKnown(u.id(), k))).orElse(false);
        PhoneSignals signals = user.filter(User.Active.class::isInstance).map(u -> signals(u, phone, knownDevice))
                .orElseGet(PhoneSignals::none);
        LoginDecision decision = policy.decide(new LoginFacts(user, account, signup, knownDevice, failedAttempts > 0, signals));
        return switch (decision) {
            case LoginDecision.Denied d -> {
                auditor.record(AuditType.LOGIN_DENIED, user.map(u -> (Object) u.id()).orElse(phone.masked()), Map.of("code", d.reason().code()));
                yield new LoginResult.Denied(d.reason());
            }
            case LoginDecision.OnboardingRequired o -> onboarding(o.existing().orElseGet(() -> startSignup(phone, failedAttempts)), device);
            case LoginDecision.StepUpRequired s -> {
                auditor.record(AuditType.LOGIN_STEP_UP_REQUIRED, s.user().id(), Map.of("reasons", s.reasons().toString()));
                Optional<IssuedToken> release = s.releasable()
                        ? Optional.of(tickets.issue(TicketKind.RELEASE_NUMBER, s.user().id(), device, settings.stepUpTicketTtl()))
                        : Optional.empty();
                yield new LoginResult.StepUpRequired(s.tier(),
                        tickets.issue(TicketKind.STEP_UP, s.user().id(), device, origin.name(), settings.stepUpTicketTtl()),
                        s.reasons(), release);
            }
            case LoginDecision.Authenticated a -> {
                auditor.record(AuditType.LOGIN_SUCCEEDED, a.user().id(), Map.of("acr", AssuranceLevel.AAL1.name()));
                // Lock order user, families, known keys (as step-up, refresh and forgetting a device take them).
                SessionTokens tokens = sessionIssuer.start(a.user().id(), a.tier(), a.scopes(), AssuranceLevel.AAL1,
                        Set.of(AuthMethod.SMS), device, key, origin);
                key.ifPresent(k -> knownKeys.seen(a.user().id(), k, clock.instant()));
                yield new LoginResult.Authenticated(a.tier(), tokens);
            }
        };
    }

    /**
     * The phone's signals for a user who could log in: dormancy always, the SIM-swap signal only from a device the
     * account never used (the phone is proven by now; a known device keeps the login cheap).
     */
    private PhoneSignals signals(User user, PhoneNumber phone, boolean knownDevice) {
        SimSwapRisk risk = knownDevice ? SimSwapRisk.NONE : simSwap.assess(phone);
        SimSwapGuard.audit(auditor, user.id(), risk, "login");
        return new PhoneSignals(dormancy.dormant(user), risk);
    }

    private PreUser startSignup(PhoneNumber phone, int failedAttempts) {
        Instant now = clock.instant();
        PreUser created = PreUser.start(new PreUserFacts(PreUserId.of(ids.next()), phone, now,
                now.plus(settings.signupLifetime()), failedAttempts));
        preUsers.add(created);
        auditor.record(AuditType.SIGNUP_STARTED, created.facts().id());
        return created;
    }

    private LoginResult onboarding(PreUser signup, Optional<DeviceId> device) {
        return new LoginResult.OnboardingRequired(
                tickets.issue(TicketKind.SIGNUP, signup.facts().id(), device, settings.signupTicketTtl()),
                SignupViews.of(signup));
    }
}
