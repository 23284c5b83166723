package io.finguard.application.txauth;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.SimSwapRisk;
import io.finguard.domain.port.in.AuthorizationView;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.AuthorizationEvent;
import io.finguard.domain.txauth.AuthorizationFacts;
import io.finguard.domain.txauth.LowValueTally;
import io.finguard.domain.txauth.PaymentDigest;
import io.finguard.domain.txauth.ScaDecision;
import io.finguard.domain.txauth.ScaFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Strong customer authentication of one payment, asked by the transfer inside its transaction once every other rule
 * allowed it (the payer's account locked): a presented authorisation is used (voided when the payment differs), else
 * an exemption passes it (audited, tallied), else the payer's PENDING authorisation of this very payment is returned
 * when there is one, and a new one is created only when there is none. The payer's account lock is what makes that
 * find-or-create one step: identical requests racing each other wait for it in turn, and each after the first finds
 * the authorisation the first created.
 */
public final class ScaGate {
    private final PaymentAuthPorts ports;
    private final Ledger ledger;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public ScaGate(PaymentAuthPorts ports, Ledger ledger, Auditor auditor, Ids ids, Clock clock) {
        this.ports = ports;
        this.ledger = ledger;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    /** One payment as the gate sees it. */
    public record Payment(UserId payer, AccountId payerAccount, AccountId payee, String payeeMasked, Money amount,
                          String idempotencyKey, Optional<AuthorizationId> presented, SimSwapRisk simSwap, boolean coolingOff) {
        public Payment {
            Objects.requireNonNull(presented, "presented");
        }
    }

    /** Whether the payment may execute now. */
    public sealed interface Outcome {
        /** Authorised or exempted: execute. */
        record Pass() implements Outcome {
        }

        /** Confirm this authorisation first (new, or the one this payment already has pending). */
        record Required(AuthorizationView authorization) implements Outcome {
        }

        /** The presented authorisation does not authorise this payment. */
        record Refused(Rejection reason) implements Outcome {
        }
    }

    public Outcome check(Payment p) {
        PaymentDigest digest = PaymentDigest.of(p.payer(), p.payee(), p.amount(), p.idempotencyKey());
        Instant now = clock.instant();
        if (p.presented().isPresent()) {
            return use(p, p.presented().get(), digest, now);
        }
        LowValueTally tally = ports.tallies().find(p.payer()).orElseGet(() -> LowValueTally.zero(p.amount().currency()));
        ScaFacts facts = new ScaFacts(p.amount(), ledger.hasPaid(p.payerAccount(), p.payee()),
                ports.trustedPayees().trusts(p.payer(), p.payee()), p.simSwap(), p.coolingOff(), tally);
        return switch (ports.exemptions().decide(facts)) {
            case ScaDecision.Exempt exempt -> {
                ports.tallies().save(p.payer(), tally.plus(p.amount()));
                auditor.record(AuditType.SCA_EXEMPTION_USED, p.payer(), Map.of("exemption", exempt.exemption().name(),
                        "amountMinor", Long.toString(p.amount().minor()), "currency", p.amount().currency()));
                yield new Outcome.Pass();
            }
            case ScaDecision.Required required -> {
                Optional<Authorization.Pending> open = pendingOf(p.payer(), digest, now);
                if (open.isPresent()) {
                    yield new Outcome.Required(AuthorizationView.of(open.get()));
                }
                Authorization created = Authorization.create(new AuthorizationFacts(AuthorizationId.of(ids.next()), p.payer(),
                        p.payee(), p.payeeMasked(), p.amount(), digest, now, now.plus(ports.lifetime())));
                ports.authorizations().add(created);
                auditor.record(AuditType.AUTHORIZATION_CREATED, p.payer(), Map.of("authorization", created.facts().id().toString(),
                        "reason", required.reason().name()));
                yield new Outcome.Required(AuthorizationView.of(created));
            }
        };
    }

    /**
     * The payer's authorisation of this payment that is PENDING and not yet expired (the newest, should rows from before
     * this rule hold several); those found past their expiry are saved as EXPIRED on the way.
     */
    private Optional<Authorization.Pending> pendingOf(UserId payer, PaymentDigest digest, Instant now) {
        Optional<Authorization.Pending> open = Optional.empty();
        for (Authorization.Pending stored : ports.authorizations().lockPending(payer, digest)) {
            Transition<Authorization> tick = stored.on(new AuthorizationEvent.Tick(now));
            if (tick.changed()) {
                ports.authorizations().update(tick.state());
            } else if (open.isEmpty()) {
                open = Optional.of(stored);
            }
        }
        return open;
    }

    private Outcome use(Payment p, AuthorizationId id, PaymentDigest digest, Instant now) {
        Optional<Authorization> found = ports.authorizations().lock(id).filter(a -> a.facts().payer().equals(p.payer()));
        if (found.isEmpty()) {
            return refused(p.payer(), id, Rejection.AUTHORIZATION_MISMATCH);
        }
        Transition<Authorization> step = found.get().on(new AuthorizationEvent.Use(now, digest));
        if (step.changed()) {
            ports.authorizations().update(step.state());
        }
        return switch (step) {
            case Transition.Declined<Authorization> declined -> refused(p.payer(), id, declined.reason());
            case Transition.Accepted<Authorization> accepted -> {
                // This payment was strongly authenticated: the low-value count starts again (Art. 16).
                ports.tallies().save(p.payer(), LowValueTally.zero(p.amount().currency()));
                yield new Outcome.Pass();
            }
        };
    }

    private Outcome refused(UserId payer, AuthorizationId id, Rejection reason) {
        auditor.record(AuditType.AUTHORIZATION_REFUSED, payer, Map.of("authorization", id.toString(), "reason", reason.code()));
        return new Outcome.Refused(reason);
    }
}
