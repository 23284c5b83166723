package io.finguard.domain.account;

import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.Transition;
import java.util.Objects;

/**
 * An account, one type per KYC stage; the tier follows from the stage (only {@link Verified} is FULL).
 * Status (ACTIVE/FROZEN/CLOSED) is orthogonal and kept in {@link AccountCore}: a closed account
 * refuses everything, a frozen one accepts KYC decisions and operator changes but no submission, and
 * moves no money either way: it neither sends nor receives, so nothing lands where its owner cannot
 * touch it and a payer is refused at once instead of losing the money to a held account.
 * The balance changes only here, through {@link AccountEvent.Debit} and {@link AccountEvent.Credit}.
 */
public sealed interface Account {

    AccountCore core();

    /** KYC submissions made so far (bounded by the submit event's maximum). */
    int kycSubmissions();

    KycStatus kycStatus();

    default Tier tier() {
        return kycStatus() == KycStatus.VERIFIED ? Tier.FULL : Tier.LIMITED;
    }

    /** S5: a new LIMITED account without KYC. */
    static Unverified open(AccountCore core) {
        return new Unverified(core);
    }

    default Transition<Account> on(AccountEvent event) {
        AccountStatus status = core().status();
        if (status == AccountStatus.CLOSED) {
            return Transition.rejected(this, Rejection.ACCOUNT_CLOSED);
        }
        return switch (event) {
            case AccountEvent.Freeze e -> status == AccountStatus.ACTIVE
                    ? Transition.moved(withCore(core().withStatus(AccountStatus.FROZEN)))
                    : Transition.rejected(this, Rejection.INVALID_STATE);
            case AccountEvent.Unfreeze e -> status == AccountStatus.FROZEN
                    ? Transition.moved(withCore(core().withStatus(AccountStatus.ACTIVE)))
                    : Transition.rejected(this, Rejection.INVALID_STATE);
            case AccountEvent.Close e -> Transition.moved(withCore(core().withStatus(AccountStatus.CLOSED)));
            case AccountEvent.SubmitKyc e -> status == AccountStatus.ACTIVE
                    ? submitKyc(e)
                    : Transition.rejected(this, Rejection.ACCOUNT_NOT_ACTIVE);
            case AccountEvent.KycDecided e -> decideKyc(e);
            case AccountEvent.Debit e -> status == AccountStatus.ACTIVE
                    ? debit(e)
                    : Transition.rejected(this, Rejection.ACCOUNT_NOT_ACTIVE);
            case AccountEvent.Credit e -> status == AccountStatus.ACTIVE
                    ? Transition.moved(withCore(core().withBalance(core().balance().plus(e.amount()))))
                    : Transition.rejected(this, Rejection.ACCOUNT_NOT_ACTIVE);
        };
    }

    private Transition<Account> debit(AccountEvent.Debit event) {
        return event.amount().exceeds(core().balance())
                ? Transition.rejected(this, Rejection.INSUFFICIENT_FUNDS)
                : Transition.moved(withCore(core().withBalance(core().balance().minus(event.amount()))));
    }

    /** The same KYC stage with another core; private, so status and balance change only through {@link #on}. */
    private Account withCore(AccountCore next) {
        return switch (this) {
            case Unverified u -> new Unverified(next);
            case KycPending p -> new KycPending(next, p.kycSubmissions());
            case KycRejected r -> new KycRejected(next, r.kycSubmissions());
            case Verified v -> new Verified(next, v.kycSubmissions());
        };
    }

    private Transition<Account> submitKyc(AccountEvent.SubmitKyc event) {
        return switch (this) {
            case Unverified u -> Transition.moved(new KycPending(core(), 1));
            case KycRejected r -> r.kycSubmissions() < event.maxSubmissions()
                    ? Transition.moved(new KycPending(core(), r.kycSubmissions() + 1))
                    : Transition.rejected(this, Rejection.KYC_RESUBMISSIONS_EXHAUSTED);
            case KycPending p -> Transition.rejected(this, Rejection.INVALID_STATE);
            case Verified v -> Transition.rejected(this, Rejection.INVALID_STATE);
        };
    }

    private Transition<Account> decideKyc(AccountEvent.KycDecided event) {
        return switch (this) {
            case KycPending p -> event.verified()
                    ? Transition.moved(new Verified(core(), p.kycSubmissions()))
                    : Transition.moved(new KycRejected(core(), p.kycSubmissions()));
            case Unverified u -> Transition.rejected(this, Rejection.INVALID_STATE);
            case KycRejected r -> Transition.rejected(this, Rejection.INVALID_STATE);
            case Verified v -> Transition.rejected(this, Rejection.INVALID_STATE);
        };
    }

    /** LIMITED, KYC NOT_SUBMITTED. */
    record Unverified(AccountCore core) implements Account {
        public Unverified {
            Objects.requireNonNull(core, "core");
        }

        @Override
        public int kycSubmissions() {
            return 0;
        }

        @Override
        public KycStatus kycStatus() {
            return KycStatus.NOT_SUBMITTED;
        }
    }

    /** LIMITED, KYC PENDING: the provider has the documents. */
    record KycPending(AccountCore core, int kycSubmissions) implements Account {
        public KycPending {
            Objects.requireNonNull(core, "core");
            if (kycSubmissions < 1) {
                throw new IllegalArgumentException("a pending KYC has at least one submission");
            }
        }

        @Override
        public KycStatus kycStatus() {
            return KycStatus.PENDING;
        }
    }

    /** LIMITED, KYC REJECTED: may resubmit while submissions remain. */
    record KycRejected(AccountCore core, int kycSubmissions) implements Account {
        public KycRejected {
            Objects.requireNonNull(core, "core");
            if (kycSubmissions < 1) {
                throw new IllegalArgumentException("a rejected KYC has at least one submission");
            }
        }

        @Override
        public KycStatus kycStatus() {
            return KycStatus.REJECTED;
        }
    }

    /** FULL, KYC VERIFIED. */
    record Verified(AccountCore core, int kycSubmissions) implements Account {
        public Verified {
            Objects.requireNonNull(core, "core");
        }

        @Override
        public KycStatus kycStatus() {
            return KycStatus.VERIFIED;
        }
    }
}
