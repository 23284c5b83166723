package io.finguard.application.account;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.CoolingOff;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.port.in.MeView;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.port.out.AccountOverviews;
import io.finguard.domain.port.out.AccountOverviews.AccountOverview;
import io.finguard.domain.user.User;
import java.time.Clock;

/**
 * GET /v1/me: user, status, tier, KYC state, balance, today's limits, and the cooling-off after a change of number. One
 * consistent read ({@link AccountOverviews}) and no transaction: nothing is locked or written.
 */
public final class ViewMeService implements ViewMe {
    private final AccountOverviews overviews;
    private final TierPolicy tiers;
    private final CoolingOff coolingOff;
    private final Clock clock;

    public ViewMeService(AccountOverviews overviews, TierPolicy tiers, CoolingOff coolingOff, Clock clock) {
        this.overviews = overviews;
        this.tiers = tiers;
        this.coolingOff = coolingOff;
        this.clock = clock;
    }

    @Override
    public Result view(UserId id) {
        return overviews.of(id, Days.startOfToday(clock), tiers.currency())
                .<Result>map(overview -> new Result.Found(view(overview)))
                .orElseGet(Result.NotFound::new);
    }

    private MeView view(AccountOverview overview) {
        User u = overview.user();
        Account a = overview.account();
        return new MeView(u.id(), u.facts().phone().masked(), u.facts().profile().firstName(), u.facts().profile().lastName(),
                u.status(), a.tier(), a.kycStatus(), a.core().status(), a.core().balance(), tiers.balanceCap(a.tier()),
                tiers.dailyTransferLimit(a.tier()), overview.sent(), coolingOff.until(u.facts().phoneChangedAt(), clock.instant()));
    }
}
