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
 * refuses everything, a frozen one accepts KYC decisions and operator changes but no submission.
 */
public sealed interface Account {

    AccountCore core();

    /** KYC submissions made so far (bounded by the submit event's maximum). */
    int kycSubmissions();

    KycStatus kycStatus();

    default Tier tier() {
        return kycStatus() == KycStatus.VERIFIED ? Tier.FULL : Tier.LIMITED;
    }

    Account withCore(AccountCore core);

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

        @Override
        public Account withCore(AccountCore next) {
            return new Unverified(next);
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

        @Override
        public Account withCore(AccountCore next) {
            return new KycPending(next, kycSubmissions);
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

        @Override
        public Account withCore(AccountCore next) {
            return new KycRejected(next, kycSubmissions);
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

        @Override
        public Account withCore(AccountCore next) {
            return new Verified(next, kycSubmissions);
        }
    }
}
