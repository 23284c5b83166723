package io.finguard.application.account;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.application.phone.SimSwapGuard;
import io.finguard.application.session.LiveSession;
import io.finguard.application.txauth.ScaGate;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountEvent;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.model.TransferId;
import io.finguard.domain.policy.CoolingOff;
import io.finguard.domain.policy.PhoneSignals;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.policy.TransferRequest;
import io.finguard.domain.policy.TransferRules;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.TransferView;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.TransferRecord;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stub money movement between two users, only while the caller's user is ACTIVE and session live ({@link LiveSession}).
 * Every attempt counts against the caller's transfer limit, and the caller's own rules are checked before the
 * recipient is looked up, so the route cannot tell a caller who may not send whether a number is a customer. Both
 * accounts are locked in id order (no deadlock between opposite transfers); the payer's lock serialises every
 * transfer of one payer, so the idempotency key is
 * checked under it. The rules decide, and balances plus balanced ledger entries are written in the same
 * transaction. The payer's SIM-swap signal is asked first, outside the transaction: a swap inside the window holds
 * every transfer, and no answer lets only a session stepped up by password pay. Last, the payment itself must be
 * strongly authenticated or exempted ({@link ScaGate}, PSD2 dynamic linking).
 */
public final class CreateTransferService implements CreateTransfer {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Users users;
    private final Accounts accounts;
    private final Ledger ledger;
    private final TransferRules rules;
    private final CoolingOff coolingOff;
    private final RateLimiter limiter;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;
    private final SimSwapGuard simSwap;
    private final ScaGate sca;

    public CreateTransferService(Transactions tx, LiveSession liveSession, Users users, Accounts accounts, Ledger ledger,
                          TransferRules rules, CoolingOff coolingOff, RateLimiter limiter, Auditor auditor, Ids ids, Clock clock,
                          SimSwapGuard simSwap, ScaGate sca) {
        this.sca = sca;
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.accounts = accounts;
        this.ledger = ledger;
        this.rules = rules;
        this.coolingOff = coolingOff;
        this.limiter = limiter;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.simSwap = simSwap;
    }

    @Override
    public Result create(Command command) {
        if (limiter.allowTransfer(command.caller().subject()) instanceof RateDecision.Denied denied) {
            return tx.inTransaction(() -> {
                auditor.record(AuditType.TRANSFER_DENIED, command.caller().subject(),
                        Map.of("reason", "rate_limited", "limit", denied.limit().name()));
                return new Result.Throttled(denied.limit(), denied.retryAfter());
            });
        }
        String requestHash = requestHash(command);
        PhoneSignals signals = payerSignals(command.caller());
        try {
            return tx.inTransaction(() -> transfer(command, requestHash, signals));
        } catch (DuplicateException raced) {
            return tx.inTransaction(() -> replay(command, requestHash).orElseThrow(() -> raced));
        }
    }

    /** Asked before the transaction, so the network's answer time never holds a lock; the payer's number is proven. */
    private PhoneSignals payerSignals(AccessClaims caller) {
        return tx.inTransaction(() -> users.find(caller.subject())).filter(User.Active.class::isInstance)
                .map(u -> new PhoneSignals(false, simSwap.assess(u.facts().phone())))
                .orElseGet(PhoneSignals::none);
    }

    private Result transfer(Command command, String requestHash, PhoneSignals signals) {
        AccessClaims caller = command.caller();
        if (liveSession.check(caller.subject(), caller.session()) instanceof LiveSession.Verdict.Denied denied) {
            auditor.record(AuditType.TRANSFER_DENIED, caller.subject(), Map.of("reason", denied.reason().code()));
            return new Result.SessionNotLive(denied.reason());
        }
        Optional<Account> payer = accounts.findByOwner(caller.subject());
        if (payer.isEmpty()) {
            return new Result.Denied(TransferDenial.ACCOUNT_NOT_ACTIVE);
        }
        // Settled before the recipient is looked up, so a caller who may not send learns nothing about who is a
        // customer; the full rules below ask again, of the locked account.
        Optional<TransferDenial> callerDenial = rules.checkCaller(caller.scopes(), caller.acr(), caller.authTime(), payer.get(),
                clock.instant(), signals, caller.amr());
        SimSwapGuard.audit(auditor, caller.subject(), signals.simSwap(), "transfer");
        Optional<Instant> phoneChangedAt = users.find(caller.subject()).flatMap(u -> u.facts().phoneChangedAt());
        if (callerDenial.isEmpty()) {
            callerDenial = coolingOff.check(phoneChangedAt, clock.instant());
        }
        if (callerDenial.isPresent()) {
            return denied(caller, callerDenial.get());
        }
        AccountId payerId = payer.get().core().id();
        Optional<PhoneNumber> recipientPhone = PhoneNumber.isValid(command.recipientPhone())
                ? Optional.of(PhoneNumber.of(command.recipientPhone())) : Optional.empty();
        Optional<AccountId> payeeId = recipientPhone.flatMap(users::findByPhone)
                .flatMap(r -> accounts.findByOwner(r.id())).map(a -> a.core().id());
        // Lock in id order, so A->B and B->A at the same time cannot deadlock; the payer's lock also
        // serialises every transfer of this payer, so the idempotency check below cannot race.
        Map<AccountId, Account> locked = lockInOrder(payerId, payeeId);
        Optional<Result> earlier = replay(command, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (payeeId.isEmpty()) {
            return new Result.RecipientNotFound();
        }
        Account source = locked.get(payerId);
        Account destination = locked.get(payeeId.get());
        Money amount = command.amount();
        Money sentToday = ledger.outgoingSince(source.core().id(), Days.startOfToday(clock), amount.currency());
        Optional<TransferDenial> denial = rules.check(new TransferRequest(caller.scopes(), caller.acr(), caller.authTime(), source,
                destination, amount, sentToday, clock.instant(), signals, caller.amr()));
        if (denial.isPresent()) {
            return denied(caller, denial.get());
        }
        ScaGate.Payment payment = new ScaGate.Payment(caller.subject(), source.core().id(), destination.core().id(),
                recipientPhone.orElseThrow().masked(), amount, command.idempotencyKey(), command.authorization(), signals.simSwap(),
                coolingOff.until(phoneChangedAt, clock.instant()).isPresent());
        switch (sca.check(payment)) {
            case ScaGate.Outcome.Required required -> {
                return new Result.ScaRequired(required.authorization());
            }
            case ScaGate.Outcome.Refused refused -> {
                return new Result.AuthorizationRefused(refused.reason());
            }
            case ScaGate.Outcome.Pass pass -> {
            }
        }
        accounts.update(Moves.accepted(source.on(new AccountEvent.Debit(amount, clock.instant()))));
        accounts.update(Moves.accepted(destination.on(new AccountEvent.Credit(amount, clock.instant()))));
        TransferRecord record = new TransferRecord(TransferId.of(ids.next()), caller.subject(), command.idempotencyKey(), requestHash,
                source.core().id(), destination.core().id(), amount, clock.instant());
        ledger.record(record);
        auditor.record(AuditType.TRANSFER_COMPLETED, caller.subject(),
                Map.of("transfer", record.id().toString(), "amountMinor", Long.toString(amount.minor()), "currency", amount.currency()));
        auditor.publish(new DomainEvent.TransferCompleted(caller.subject(), clock.instant(), record.id(), amount));
        return new Result.Completed(view(record, recipientPhone.orElseThrow()));
    }

    private Result denied(AccessClaims caller, TransferDenial denial) {
        auditor.record(AuditType.TRANSFER_DENIED, caller.subject(), Map.of("reason", denial.code()));
        return new Result.Denied(denial);
    }

    private Map<AccountId, Account> lockInOrder(AccountId payer, Optional<AccountId> payee) {
        TreeMap<AccountId, Account> locked = new TreeMap<>(Comparator.comparing(AccountId::value));
        locked.put(payer, null);
        payee.ifPresent(id -> locked.put(id, null));
        locked.replaceAll((id, none) -> accounts.lock(id).orElseThrow());
        return locked;
    }

    private Optional<Result> replay(Command command, String requestHash) {
        return ledger.findByIdempotencyKey(command.caller().subject(), command.idempotencyKey()).map(first ->
                first.requestHash().equals(requestHash)
                        ? new Result.Replayed(view(first, PhoneNumber.of(command.recipientPhone())))
                        : new Result.KeyReused());
    }

    private static TransferView view(TransferRecord record, PhoneNumber recipient) {
        return new TransferView(record.id(), record.amount(), recipient.masked(), record.createdAt());
    }

    private static String requestHash(Command command) {
        String canonical = command.recipientPhone() + "|" + command.amount().minor() + "|" + command.amount().currency();
        return Sha256.hex(canonical);
    }
}
