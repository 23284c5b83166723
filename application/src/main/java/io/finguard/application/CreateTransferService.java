package io.finguard.application;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.TransferId;
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
import io.finguard.domain.port.out.TransferRecord;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stub money movement between two users, only while the caller's user is ACTIVE and session live ({@link LiveSession}).
 * Both accounts are locked in id order (no deadlock between opposite transfers); the payer's lock serialises every transfer of one payer, so the idempotency key is
 * checked under it. The rules decide, and balances plus balanced ledger entries are written in the same
 * transaction.
 */
public final class CreateTransferService implements CreateTransfer {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Users users;
    private final Accounts accounts;
    private final Ledger ledger;
    private final TransferRules rules;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    CreateTransferService(Transactions tx, LiveSession liveSession, Users users, Accounts accounts, Ledger ledger,
                          TransferRules rules, Auditor auditor, Ids ids, Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.accounts = accounts;
        this.ledger = ledger;
        this.rules = rules;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result create(Command command) {
        String requestHash = requestHash(command);
        try {
            return tx.inTransaction(() -> transfer(command, requestHash));
        } catch (DuplicateException raced) {
            return tx.inTransaction(() -> replay(command, requestHash).orElseThrow(() -> raced));
        }
    }

    private Result transfer(Command command, String requestHash) {
        AccessClaims caller = command.caller();
        if (liveSession.check(caller.subject(), caller.session()) instanceof LiveSession.Verdict.Denied denied) {
            auditor.record(AuditType.TRANSFER_DENIED, caller.subject(), Map.of("reason", denied.reason().code()));
            return new Result.SessionNotLive(denied.reason());
        }
        Optional<AccountId> payerId = accounts.findByOwner(caller.subject()).map(a -> a.core().id());
        if (payerId.isEmpty()) {
            return new Result.Denied(TransferDenial.ACCOUNT_NOT_ACTIVE);
        }
        Optional<PhoneNumber> recipientPhone = PhoneNumber.isValid(command.recipientPhone())
                ? Optional.of(PhoneNumber.of(command.recipientPhone())) : Optional.empty();
        Optional<AccountId> payeeId = recipientPhone.flatMap(users::findByPhone)
                .flatMap(r -> accounts.findByOwner(r.id())).map(a -> a.core().id());
        // Lock in id order, so A->B and B->A at the same time cannot deadlock; the payer's lock also
        // serialises every transfer of this payer, so the idempotency check below cannot race.
        Map<AccountId, Account> locked = lockInOrder(payerId.get(), payeeId);
        Optional<Result> earlier = replay(command, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (payeeId.isEmpty()) {
            return new Result.RecipientNotFound();
        }
        Account source = locked.get(payerId.get());
        Account destination = locked.get(payeeId.get());
        Money amount = command.amount();
        Money sentToday = ledger.outgoingSince(source.core().id(), Days.startOfToday(clock), amount.currency());
        Optional<TransferDenial> denial = rules.check(new TransferRequest(caller.scopes(), caller.acr(), caller.authTime(), source,
                destination, amount, sentToday, clock.instant()));
        if (denial.isPresent()) {
            auditor.record(AuditType.TRANSFER_DENIED, caller.subject(), Map.of("reason", denial.get().code()));
            return new Result.Denied(denial.get());
        }
        accounts.update(source.withCore(source.core().withBalance(source.core().balance().minus(amount))));
        accounts.update(destination.withCore(destination.core().withBalance(destination.core().balance().plus(amount))));
        TransferRecord record = new TransferRecord(TransferId.of(ids.next()), caller.subject(), command.idempotencyKey(), requestHash,
                source.core().id(), destination.core().id(), amount, clock.instant());
        ledger.record(record);
        auditor.record(AuditType.TRANSFER_COMPLETED, caller.subject(),
                Map.of("transfer", record.id().toString(), "amountMinor", Long.toString(amount.minor()), "currency", amount.currency()));
        return new Result.Completed(view(record, recipientPhone.orElseThrow()));
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
