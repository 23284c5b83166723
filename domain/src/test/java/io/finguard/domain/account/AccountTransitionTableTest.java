package io.finguard.domain.account;

import static io.finguard.domain.model.SealedCoverage.missing;
import static io.finguard.domain.model.SealedCoverage.permitted;
import static io.finguard.domain.model.SealedCoverage.product;
import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every KYC stage x every account status x every event. CLOSED refuses everything; FROZEN takes KYC
 * decisions and operator changes but no submission and moves no money either way; ACTIVE takes everything
 * its stage allows, and money in any stage (the tier's caps are the rules' concern, not the machine's).
 */
class AccountTransitionTableTest {
    static final Instant OPENED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant AT = OPENED.plusSeconds(3600);
    static final int MAX_SUBMISSIONS = 3;

    static final long BALANCE = 12_345;
    static final long MOVED = 345;

    static AccountCore core(AccountStatus status) {
        return core(status, BALANCE);
    }

    static AccountCore core(AccountStatus status, long balance) {
        return new AccountCore(AccountId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c1")),
                UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1")), status, Money.of(balance, "EUR"), OPENED, 9);
    }

    enum Kind {
        SUBMIT_KYC(at -> new AccountEvent.SubmitKyc(MAX_SUBMISSIONS, at)),
        KYC_VERIFIED(at -> new AccountEvent.KycDecided(true, at)),
        KYC_REJECTED(at -> new AccountEvent.KycDecided(false, at)),
        FREEZE(AccountEvent.Freeze::new),
        UNFREEZE(AccountEvent.Unfreeze::new),
        CLOSE(AccountEvent.Close::new),
        DEBIT(at -> new AccountEvent.Debit(Money.of(MOVED, "EUR"), at)),
        CREDIT(at -> new AccountEvent.Credit(Money.of(MOVED, "EUR"), at));

        final Function<Instant, AccountEvent> event;

        Kind(Function<Instant, AccountEvent> event) {
            this.event = event;
        }
    }

    record Row(Account from, Kind kind, Transition<Account> expected) {
        List<Object> key() {
            return List.of(from.getClass(), from.core().status(), kind);
        }

        @Override
        public String toString() {
            return from.getClass().getSimpleName() + "(" + from.kycSubmissions() + ")/" + from.core().status() + " x " + kind;
        }
    }

    /** One account per KYC stage; rejected and verified ones have used one submission. */
    static List<Account> stagesIn(AccountStatus status) {
        return List.of(new Account.Unverified(core(status)), new Account.KycPending(core(status), 1),
                new Account.KycRejected(core(status), 1), new Account.Verified(core(status), 1));
    }

    private static Transition<Account> moved(Account next) {
        return Transition.moved(next);
    }

    private static Transition<Account> refused(Account current, Rejection reason) {
        return Transition.rejected(current, reason);
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        AccountCore active = core(AccountStatus.ACTIVE);
        AccountCore frozen = core(AccountStatus.FROZEN);
        AccountCore closed = core(AccountStatus.CLOSED);

        Account unverifiedA = new Account.Unverified(active);
        rows.add(new Row(unverifiedA, Kind.SUBMIT_KYC, moved(new Account.KycPending(active, 1))));
        rows.add(new Row(unverifiedA, Kind.KYC_VERIFIED, refused(unverifiedA, Rejection.INVALID_STATE)));
        rows.add(new Row(unverifiedA, Kind.KYC_REJECTED, refused(unverifiedA, Rejection.INVALID_STATE)));
        rows.add(new Row(unverifiedA, Kind.FREEZE, moved(new Account.Unverified(frozen))));
        rows.add(new Row(unverifiedA, Kind.UNFREEZE, refused(unverifiedA, Rejection.INVALID_STATE)));
        rows.add(new Row(unverifiedA, Kind.CLOSE, moved(new Account.Unverified(closed))));

        Account pendingA = new Account.KycPending(active, 1);
        rows.add(new Row(pendingA, Kind.SUBMIT_KYC, refused(pendingA, Rejection.INVALID_STATE)));
        rows.add(new Row(pendingA, Kind.KYC_VERIFIED, moved(new Account.Verified(active, 1))));
        rows.add(new Row(pendingA, Kind.KYC_REJECTED, moved(new Account.KycRejected(active, 1))));
        rows.add(new Row(pendingA, Kind.FREEZE, moved(new Account.KycPending(frozen, 1))));
        rows.add(new Row(pendingA, Kind.UNFREEZE, refused(pendingA, Rejection.INVALID_STATE)));
        rows.add(new Row(pendingA, Kind.CLOSE, moved(new Account.KycPending(closed, 1))));

        Account rejectedA = new Account.KycRejected(active, 1);
        rows.add(new Row(rejectedA, Kind.SUBMIT_KYC, moved(new Account.KycPending(active, 2))));
        rows.add(new Row(rejectedA, Kind.KYC_VERIFIED, refused(rejectedA, Rejection.INVALID_STATE)));
        rows.add(new Row(rejectedA, Kind.KYC_REJECTED, refused(rejectedA, Rejection.INVALID_STATE)));
        rows.add(new Row(rejectedA, Kind.FREEZE, moved(new Account.KycRejected(frozen, 1))));
        rows.add(new Row(rejectedA, Kind.UNFREEZE, refused(rejectedA, Rejection.INVALID_STATE)));
        rows.add(new Row(rejectedA, Kind.CLOSE, moved(new Account.KycRejected(closed, 1))));
        // Bounded resubmission: with a maximum of 3, the 3rd submission is allowed and a 4th is refused.
        Account rejectedTwice = new Account.KycRejected(active, 2);
        Account rejectedThrice = new Account.KycRejected(active, 3);
        rows.add(new Row(rejectedTwice, Kind.SUBMIT_KYC, moved(new Account.KycPending(active, 3))));
        rows.add(new Row(rejectedThrice, Kind.SUBMIT_KYC, refused(rejectedThrice, Rejection.KYC_RESUBMISSIONS_EXHAUSTED)));

        Account verifiedA = new Account.Verified(active, 1);
        rows.add(new Row(verifiedA, Kind.SUBMIT_KYC, refused(verifiedA, Rejection.INVALID_STATE)));
        rows.add(new Row(verifiedA, Kind.KYC_VERIFIED, refused(verifiedA, Rejection.INVALID_STATE)));
        rows.add(new Row(verifiedA, Kind.KYC_REJECTED, refused(verifiedA, Rejection.INVALID_STATE)));
        rows.add(new Row(verifiedA, Kind.FREEZE, moved(new Account.Verified(frozen, 1))));
        rows.add(new Row(verifiedA, Kind.UNFREEZE, refused(verifiedA, Rejection.INVALID_STATE)));
        rows.add(new Row(verifiedA, Kind.CLOSE, moved(new Account.Verified(closed, 1))));

        // FROZEN: no submission, decisions still land, freezing again is out of order.
        Account unverifiedF = new Account.Unverified(frozen);
        rows.add(new Row(unverifiedF, Kind.SUBMIT_KYC, refused(unverifiedF, Rejection.ACCOUNT_NOT_ACTIVE)));
        rows.add(new Row(unverifiedF, Kind.KYC_VERIFIED, refused(unverifiedF, Rejection.INVALID_STATE)));
        rows.add(new Row(unverifiedF, Kind.KYC_REJECTED, refused(unverifiedF, Rejection.INVALID_STATE)));
        rows.add(new Row(unverifiedF, Kind.FREEZE, refused(unverifiedF, Rejection.INVALID_STATE)));
        rows.add(new Row(unverifiedF, Kind.UNFREEZE, moved(new Account.Unverified(active))));
        rows.add(new Row(unverifiedF, Kind.CLOSE, moved(new Account.Unverified(closed))));

        Account pendingF = new Account.KycPending(frozen, 1);
        rows.add(new Row(pendingF, Kind.SUBMIT_KYC, refused(pendingF, Rejection.ACCOUNT_NOT_ACTIVE)));
        rows.add(new Row(pendingF, Kind.KYC_VERIFIED, moved(new Account.Verified(frozen, 1))));
        rows.add(new Row(pendingF, Kind.KYC_REJECTED, moved(new Account.KycRejected(frozen, 1))));
        rows.add(new Row(pendingF, Kind.FREEZE, refused(pendingF, Rejection.INVALID_STATE)));
        rows.add(new Row(pendingF, Kind.UNFREEZE, moved(new Account.KycPending(active, 1))));
        rows.add(new Row(pendingF, Kind.CLOSE, moved(new Account.KycPending(closed, 1))));

        Account rejectedF = new Account.KycRejected(frozen, 1);
        rows.add(new Row(rejectedF, Kind.SUBMIT_KYC, refused(rejectedF, Rejection.ACCOUNT_NOT_ACTIVE)));
        rows.add(new Row(rejectedF, Kind.KYC_VERIFIED, refused(rejectedF, Rejection.INVALID_STATE)));
        rows.add(new Row(rejectedF, Kind.KYC_REJECTED, refused(rejectedF, Rejection.INVALID_STATE)));
        rows.add(new Row(rejectedF, Kind.FREEZE, refused(rejectedF, Rejection.INVALID_STATE)));
        rows.add(new Row(rejectedF, Kind.UNFREEZE, moved(new Account.KycRejected(active, 1))));
        rows.add(new Row(rejectedF, Kind.CLOSE, moved(new Account.KycRejected(closed, 1))));

        Account verifiedF = new Account.Verified(frozen, 1);
        rows.add(new Row(verifiedF, Kind.SUBMIT_KYC, refused(verifiedF, Rejection.ACCOUNT_NOT_ACTIVE)));
        rows.add(new Row(verifiedF, Kind.KYC_VERIFIED, refused(verifiedF, Rejection.INVALID_STATE)));
        rows.add(new Row(verifiedF, Kind.KYC_REJECTED, refused(verifiedF, Rejection.INVALID_STATE)));
        rows.add(new Row(verifiedF, Kind.FREEZE, refused(verifiedF, Rejection.INVALID_STATE)));
        rows.add(new Row(verifiedF, Kind.UNFREEZE, moved(new Account.Verified(active, 1))));
        rows.add(new Row(verifiedF, Kind.CLOSE, moved(new Account.Verified(closed, 1))));

        // Money: ACTIVE moves it in every KYC stage, FROZEN refuses it both ways; a debit never overdraws.
        AccountCore debited = core(AccountStatus.ACTIVE, BALANCE - MOVED);
        AccountCore credited = core(AccountStatus.ACTIVE, BALANCE + MOVED);
        for (Account account : stagesIn(AccountStatus.ACTIVE)) {
            rows.add(new Row(account, Kind.DEBIT, moved(sameStage(account, debited))));
            rows.add(new Row(account, Kind.CREDIT, moved(sameStage(account, credited))));
        }
        for (Account account : stagesIn(AccountStatus.FROZEN)) {
            rows.add(new Row(account, Kind.DEBIT, refused(account, Rejection.ACCOUNT_NOT_ACTIVE)));
            rows.add(new Row(account, Kind.CREDIT, refused(account, Rejection.ACCOUNT_NOT_ACTIVE)));
        }
        Account exactlyEnough = new Account.Verified(core(AccountStatus.ACTIVE, MOVED), 1);
        Account oneShort = new Account.Verified(core(AccountStatus.ACTIVE, MOVED - 1), 1);
        rows.add(new Row(exactlyEnough, Kind.DEBIT, moved(new Account.Verified(core(AccountStatus.ACTIVE, 0), 1))));
        rows.add(new Row(oneShort, Kind.DEBIT, refused(oneShort, Rejection.INSUFFICIENT_FUNDS)));

        // CLOSED is the end: every event on every stage is refused and changes nothing.
        for (Account account : stagesIn(AccountStatus.CLOSED)) {
            for (Kind kind : Kind.values()) {
                rows.add(new Row(account, kind, refused(account, Rejection.ACCOUNT_CLOSED)));
            }
        }
        return rows;
    }

    /** The account in the same KYC stage (same submissions) with another core, built independently of the machine. */
    private static Account sameStage(Account account, AccountCore next) {
        return switch (account) {
            case Account.Unverified u -> new Account.Unverified(next);
            case Account.KycPending p -> new Account.KycPending(next, p.kycSubmissions());
            case Account.KycRejected r -> new Account.KycRejected(next, r.kycSubmissions());
            case Account.Verified v -> new Account.Verified(next, v.kycSubmissions());
        };
    }

    @ParameterizedTest
    @MethodSource("table")
    void transition(Row row) {
        Transition<Account> actual = row.from().on(row.kind().event.apply(AT));

        assertThat(actual).isEqualTo(row.expected());
        assertVariantSaysWhetherStateChanged(row.from(), actual);
        assertThat(actual.state().tier()).isEqualTo(row.expected().state().tier());
    }

    @Test
    void tableCoversEveryStageTimesEveryStatusTimesEveryEvent() {
        var required = product(permitted(Account.class), Arrays.asList(AccountStatus.values()), Arrays.asList(Kind.values()));

        assertThat(missing(required, table().stream().map(Row::key).toList())).isEmpty();
    }

    @Test
    void eventKindsCoverEveryEventTypeAndBothDecisions() {
        List<AccountEvent> samples = Arrays.stream(Kind.values()).map(k -> k.event.apply(AT)).toList();
        Set<Class<?>> events = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Boolean> decisions = samples.stream()
                .filter(AccountEvent.KycDecided.class::isInstance)
                .map(e -> ((AccountEvent.KycDecided) e).verified())
                .collect(Collectors.toSet());

        assertThat(events).containsExactlyInAnyOrderElementsOf(permitted(AccountEvent.class));
        assertThat(decisions).containsExactlyInAnyOrder(true, false);
    }
}
