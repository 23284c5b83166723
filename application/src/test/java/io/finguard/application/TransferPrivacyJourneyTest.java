package io.finguard.application;

import static io.finguard.application.Harness.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.Window;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A caller who may not send money learns nothing about who is a customer: the caller's own checks (tier,
 * scope, step-up, own account) answer before the recipient is looked up, for a customer and a stranger alike;
 * and every caller has only so many attempts per window.
 */
class TransferPrivacyJourneyTest {
    private static final String ADA = "+4915112345678";
    private static final String BOB = "+4915187654321";
    private static final String STRANGER = "+4915100000001";

    private final Harness h = new Harness();

    @Test
    void aLimitedCallerGetsTheSameRefusalForACustomerAndForAStranger() {
        h.signUp(ADA, "ada-phone");
        AccessClaims bob = h.claims(h.signUp(BOB, "bob-phone").tokens());

        CreateTransfer.Result toCustomer = h.app.createTransfer().create(new CreateTransfer.Command(bob, "k1", ADA, eur(100)));
        CreateTransfer.Result toStranger = h.app.createTransfer().create(new CreateTransfer.Command(bob, "k2", STRANGER, eur(100)));

        assertThat(toCustomer).isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.INSUFFICIENT_TIER));
        assertThat(toStranger).isEqualTo(toCustomer);
    }

    @Test
    void aCallerWhoMaySendLearnsWhetherANumberIsACustomerOnlyWithinTheTransferLimit() {
        // Issue 13 dropped the fresh step-up for money: a FULL payer's payment to a customer now gets its authorisation
        // (sca_required), to a stranger recipient_not_found. Each attempt counts against USER_TRANSFERS (test below).
        AccessClaims ada = fullTierWithoutStepUp();
        h.signUp(BOB, "bob-phone");

        CreateTransfer.Result toCustomer = h.app.createTransfer().create(new CreateTransfer.Command(ada, "k1", BOB, eur(100)));
        CreateTransfer.Result toStranger = h.app.createTransfer().create(new CreateTransfer.Command(ada, "k2", STRANGER, eur(100)));

        assertThat(toCustomer).isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.INSUFFICIENT_FUNDS));
        assertThat(toStranger).isEqualTo(new CreateTransfer.Result.RecipientNotFound());
    }

    @Test
    void pastTheCallersTransferLimitEveryAttemptIsThrottledUntilTheWindowMoves() {
        RateLimits d = RateLimits.defaults();
        Harness small = new Harness(new RateLimits(d.resendCooldown(), d.phoneBurst(), d.phoneDaily(), d.ipSends(), d.ipVerifies(),
                d.coarseSends(), d.coarseVerifies(), d.phoneVerifyFailures(), d.stepUpFailures(), d.prefixLength(), d.prefixSends(),
                d.globalSends(), d.breakerOpen(), d.accountFailureCeiling(), d.ceilingLock(), Window.of(2, Duration.ofMinutes(10)),
                d.adminRequests(), d.hashingPerSubject(), d.hashingPerClient()));
        AccessClaims ada = fullTierWithoutStepUp(small);
        AccessClaims bob = small.claims(small.signUp(BOB, "bob-phone").tokens());
        CreateTransfer create = small.app.createTransfer();

        assertThat(create.create(new CreateTransfer.Command(ada, "k1", STRANGER, eur(100))))
                .isInstanceOf(CreateTransfer.Result.RecipientNotFound.class);
        assertThat(create.create(new CreateTransfer.Command(ada, "k2", BOB, eur(100)))).isInstanceOf(CreateTransfer.Result.Denied.class);
        assertThat(create.create(new CreateTransfer.Command(ada, "k3", BOB, eur(100))))
                .isEqualTo(new CreateTransfer.Result.Throttled(Limit.USER_TRANSFERS, Duration.ofMinutes(10)));
        assertThat(create.create(new CreateTransfer.Command(bob, "k1", ADA, eur(100)))).isInstanceOf(CreateTransfer.Result.Denied.class);

        small.clock.advance(Duration.ofMinutes(10));
        assertThat(create.create(new CreateTransfer.Command(ada, "k4", BOB, eur(100))))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.INSUFFICIENT_FUNDS));
    }

    private AccessClaims fullTierWithoutStepUp() {
        return fullTierWithoutStepUp(h);
    }

    /** Signed up, KYC approved, and refreshed into a FULL session: but never stepped up (acr aal1). */
    private static AccessClaims fullTierWithoutStepUp(Harness h) {
        LoginResult.Authenticated first = h.signUp(ADA, "ada-phone");
        AccessClaims limited = h.claims(first.tokens());
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        RefreshSession.Result refreshed = h.app.refreshSession().refresh(new RefreshSession.Command(first.tokens().refresh().value()));
        return h.claims(((RefreshSession.Result.Refreshed) refreshed).tokens());
    }
}
