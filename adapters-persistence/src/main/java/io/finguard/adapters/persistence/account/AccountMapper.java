package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.ACCOUNTS;

import io.finguard.adapters.persistence.jooq.tables.records.AccountsRecord;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;

/** Account states to and from accounts rows: the KYC stage picks the state type, status is a plain column. */
final class AccountMapper {
    private AccountMapper() {
    }

    static AccountsRecord toRecord(Account account) {
        AccountCore core = account.core();
        return new AccountsRecord()
                .with(ACCOUNTS.ID, core.id().value())
                .with(ACCOUNTS.OWNER_ID, core.owner().value())
                .with(ACCOUNTS.STATUS, core.status().name())
                .with(ACCOUNTS.KYC_STATUS, account.kycStatus().name())
                .with(ACCOUNTS.KYC_SUBMISSIONS, account.kycSubmissions())
                .with(ACCOUNTS.BALANCE_MINOR, core.balance().minor())
                .with(ACCOUNTS.CURRENCY, core.balance().currency())
                .with(ACCOUNTS.OPENED_AT, core.openedAt())
                .with(ACCOUNTS.VERSION, core.version());
    }

    static Account fromRecord(AccountsRecord row) {
        AccountCore core = new AccountCore(AccountId.of(row.getId()), UserId.of(row.getOwnerId()),
                AccountStatus.valueOf(row.getStatus()), Money.of(row.getBalanceMinor(), row.getCurrency()),
                row.getOpenedAt(), row.getVersion());
        int submissions = row.getKycSubmissions();
        return switch (KycStatus.valueOf(row.getKycStatus())) {
            case NOT_SUBMITTED -> new Account.Unverified(core);
            case PENDING -> new Account.KycPending(core, submissions);
            case VERIFIED -> new Account.Verified(core, submissions);
            case REJECTED -> new Account.KycRejected(core, submissions);
        };
    }
}
