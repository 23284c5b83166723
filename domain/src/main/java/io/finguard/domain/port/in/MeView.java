package io.finguard.domain.port.in;

import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import java.util.Objects;

/** What GET /v1/me shows: the user, their status, account tier, KYC state, balance and limits. */
public record MeView(UserId user, String maskedPhone, String firstName, String lastName, UserStatus status, Tier tier,
                     KycStatus kyc, AccountStatus accountStatus, Money balance, Money balanceCap, Money dailyTransferLimit,
                     Money sentToday) {
    public MeView {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(maskedPhone, "maskedPhone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(kyc, "kyc");
        Objects.requireNonNull(accountStatus, "accountStatus");
        Objects.requireNonNull(balance, "balance");
    }
}
