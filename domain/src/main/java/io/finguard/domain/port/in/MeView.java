package io.finguard.domain.port.in;

import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What GET /v1/me shows: the user, their status, account tier, KYC state, balance and limits, and until when outgoing
 * transfers are refused after a change of number (empty when they are not).
 */
public record MeView(UserId user, String maskedPhone, String firstName, String lastName, UserStatus status, Tier tier,
                     KycStatus kyc, AccountStatus accountStatus, Money balance, Money balanceCap, Money dailyTransferLimit,
                     Money sentToday, Optional<Instant> coolingOffUntil) {
    public MeView {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(maskedPhone, "maskedPhone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(kyc, "kyc");
        Objects.requireNonNull(accountStatus, "accountStatus");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(coolingOffUntil, "coolingOffUntil");
    }

    /** A view of a user whose number is not in a cooling-off period. */
    public MeView(UserId user, String maskedPhone, String firstName, String lastName, UserStatus status, Tier tier,
                  KycStatus kyc, AccountStatus accountStatus, Money balance, Money balanceCap, Money dailyTransferLimit,
                  Money sentToday) {
        this(user, maskedPhone, firstName, lastName, status, tier, kyc, accountStatus, balance, balanceCap, dailyTransferLimit,
                sentToday, Optional.empty());
    }
}
