package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.domain.account.Account;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.session.SessionOrigin;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one tail of every step-up once its second factor is proven (PIN, password or passkey): the live session it raises is
 * replaced, or the login it finishes gets its first session, at AAL2 with {@code amr} sms plus the factor, audited.
 * Runs inside the caller's transaction, the user already locked.
 */
public final class StepUpCompletion {
    private final LiveSession liveSession;
    private final Accounts accounts;
    private final SessionRevoker revoker;
    private final SessionIssuer issuer;
    private final LoginPolicy loginPolicy;
    private final Auditor auditor;
    private final Clock clock;
    private final KnownKeys knownKeys;

    public StepUpCompletion(LiveSession liveSession, Accounts accounts, SessionRevoker revoker, SessionIssuer issuer,
                            LoginPolicy loginPolicy, Auditor auditor, Clock clock, KnownKeys knownKeys) {
        this.liveSession = Objects.requireNonNull(liveSession, "liveSession");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.revoker = Objects.requireNonNull(revoker, "revoker");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.loginPolicy = Objects.requireNonNull(loginPolicy, "loginPolicy");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.knownKeys = Objects.requireNonNull(knownKeys, "knownKeys");
    }

    /** Who stepped up with which factor, from where, with which DPoP key, and what else the success audit names. */
    public record Proof(StepUp.Subject subject, AuthMethod factor, ClientAddress client, Optional<KeyThumbprint> key,
                        Map<String, String> auditDetails) {
        public Proof {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(key, "key");
            auditDetails = Map.copyOf(auditDetails);
        }
    }

    /** What completing came to; each step-up maps it to its own result. */
    public sealed interface Outcome {
        /** AAL2 tokens for the user. */
        record SteppedUp(LoginResult.Authenticated login) implements Outcome {
        }

        /** The session or account may not continue. */
        record Denied(StepUp.Denial reason) implements Outcome {
        }
    }

    /** Completes the step-up of {@code user} (locked by the caller) proven by {@code proof}. */
    public Outcome complete(User user, Proof proof) {
        Optional<RefreshFamily.Active> replaced = Optional.empty();
        if (proof.subject() instanceof StepUp.Subject.ViaSession via) {
            switch (liveSession.check(via.user(), via.session())) {
                case LiveSession.Verdict.Denied denied -> {
                    return new Outcome.Denied(denied.reason() == SessionDenial.USER_BLOCKED
                            ? StepUp.Denial.USER_BLOCKED : StepUp.Denial.SESSION_REVOKED);
                }
                case LiveSession.Verdict.Live live -> replaced = Optional.of(live.session());
            }
        }
        Optional<Account> account = accounts.findByOwner(user.id());
        if (account.isEmpty()) {
            return new Outcome.Denied(StepUp.Denial.ACCOUNT_MISSING);
        }
        replaced.ifPresent(family -> revoker.revoke(family, RevocationReason.REPLACED));
        Optional<DeviceId> device = switch (proof.subject()) {
            case StepUp.Subject.ViaTicket via -> via.device();
            case StepUp.Subject.ViaSession via -> replaced.orElseThrow().facts().device();
        };
        // The new session is named like the login's (or the replaced session); its network is where this step-up came from.
        Optional<SessionName> name = switch (proof.subject()) {
            case StepUp.Subject.ViaTicket via -> via.sessionName();
            case StepUp.Subject.ViaSession via -> replaced.orElseThrow().facts().origin().name();
        };
        SessionTokens tokens = issuer.start(user.id(), account.get().tier(), loginPolicy.scopesFor(account),
                AssuranceLevel.AAL2, EnumSet.of(AuthMethod.SMS, proof.factor()), device, proof.key(),
                SessionOrigin.of(name, proof.client()));
        // A step-up by a DPoP key is what makes it a known device; the new session is bound to it. After the families
        // (the session cap locks them): lock order user, families, known keys, as refresh and forgetting a device take them.
        proof.key().ifPresent(key -> knownKeys.steppedUp(user.id(), key, clock.instant()));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("method", proof.factor().name());
        details.putAll(proof.auditDetails());
        auditor.record(AuditType.STEP_UP_SUCCEEDED, user.id(), details);
        return new Outcome.SteppedUp(new LoginResult.Authenticated(account.get().tier(), tokens));
    }
}
