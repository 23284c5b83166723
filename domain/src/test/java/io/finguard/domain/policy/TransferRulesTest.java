package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transfer denial and every edge: the daily limit reached exactly, step-up exactly 5 minutes old,
 * the whole balance sent, the recipient filled exactly to its cap. Each case changes one thing of a
 * request that is allowed.
 */
class TransferRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final TierPolicy TIERS = TierPolicy.defaults("EUR"); // LIMITED cap 100_000, FULL daily 500_000
    private static final TransferRules RULES = TransferRules.defaults(TIERS);
    private static final AccountId SOURCE_ID = AccountId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c1"));
    private static final AccountId DESTINATION_ID = AccountId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c2"));
    private static final UserId OWNER = UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));

    private static AccountCore core(AccountId id, AccountStatus status, long balance) {
        return new AccountCore(id, OWNER, status, Money.of(balance, "EUR"), NOW.minusSeconds(86_400), 0);
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    /** FULL source with 200,000 and a fresh step-up; LIMITED recipient holding 50,000; 10,000 to send, 0 sent today. */
    private static final TransferRequest ALLOWED = new TransferRequest(TIERS.scopes(Tier.FULL), AssuranceLevel.AAL2,
            NOW.minusSeconds(60), new Account.Verified(core(SOURCE_ID, AccountStatus.ACTIVE, 200_000), 1),
            new Account.Unverified(core(DESTINATION_ID, AccountStatus.ACTIVE, 50_000)), eur(10_000), eur(0), NOW);

    private static TransferRequest with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(ALLOWED)).build();
    }

    /** A copy of the allowed request with one part changed. */
    record Builder(Set<Scope> scopes, AssuranceLevel acr, Instant authTime, Account source, Account destination, Money amount,
                   Money sentToday) {
        Builder(TransferRequest r) {
            this(r.scopes(), r.acr(), r.authTime(), r.source(), r.destination(), r.amount(), r.sentToday());
        }

        Builder scopes(Set<Scope> s) {
            return new Builder(s, acr, authTime, source, destination, amount, sentToday);
        }

        Builder acr(AssuranceLevel a) {
            return new Builder(scopes, a, authTime, source, destination, amount, sentToday);
        }

        Builder authTime(Instant t) {
            return new Builder(scopes, acr, t, source, destination, amount, sentToday);
        }

        Builder source(Account s) {
            return new Builder(scopes, acr, authTime, s, destination, amount, sentToday);
        }

        Builder destination(Account d) {
            return new Builder(scopes, acr, authTime, source, d, amount, sentToday);
        }

        Builder amount(Money m) {
            return new Builder(scopes, acr, authTime, source, destination, m, sentToday);
        }

        Builder sentToday(Money m) {
            return new Builder(scopes, acr, authTime, source, destination, amount, m);
        }

        TransferRequest build() {
            return new TransferRequest(scopes, acr, authTime, source, destination, amount, sentToday, NOW);
        }
    }

    record Case(String name, TransferRequest request, Optional<TransferDenial> expected) {
        @Override
        public String toString() {
            return name + " -> " + expected.map(Enum::name).orElse("allowed");
        }
    }

    private static Case allowed(String name, UnaryOperator<Builder> change) {
        return new Case(name, with(change), Optional.empty());
    }

    private static Case denied(String name, TransferDenial denial, UnaryOperator<Builder> change) {
        return new Case(name, with(change), Optional.of(denial));
    }

    static List<Case> table() {
        Duration fresh = Duration.ofMinutes(5);
        Set<Scope> noTransfer = EnumSet.copyOf(TIERS.scopes(Tier.FULL));
        noTransfer.remove(Scope.TRANSFER_CREATE);
        return List.of(
                allowed("the base request", b -> b),
                denied("zero amount", TransferDenial.INVALID_AMOUNT, b -> b.amount(eur(0))),
                denied("negative amount", TransferDenial.INVALID_AMOUNT, b -> b.amount(eur(-1))),
                denied("amount in another currency", TransferDenial.CURRENCY_MISMATCH, b -> b.amount(Money.of(10_000, "USD"))),
                denied("LIMITED source", TransferDenial.INSUFFICIENT_TIER,
                        b -> b.source(new Account.Unverified(core(SOURCE_ID, AccountStatus.ACTIVE, 200_000)))),
                denied("KYC pending source", TransferDenial.INSUFFICIENT_TIER,
                        b -> b.source(new Account.KycPending(core(SOURCE_ID, AccountStatus.ACTIVE, 200_000), 1))),
                denied("token without transfer scope", TransferDenial.MISSING_SCOPE, b -> b.scopes(noTransfer)),
                // Issue 13: no session freshness for money; each payment is authorised itself (ScaExemptions decides when).
                allowed("no step-up (AAL1)", b -> b.acr(AssuranceLevel.AAL1)),
                allowed("step-up 5 minutes and 1 second old", b -> b.authTime(NOW.minus(fresh).minusSeconds(1))),
                allowed("step-up this instant", b -> b.authTime(NOW)),
                denied("frozen source", TransferDenial.ACCOUNT_NOT_ACTIVE,
                        b -> b.source(new Account.Verified(core(SOURCE_ID, AccountStatus.FROZEN, 200_000), 1))),
                denied("closed source", TransferDenial.ACCOUNT_NOT_ACTIVE,
                        b -> b.source(new Account.Verified(core(SOURCE_ID, AccountStatus.CLOSED, 200_000), 1))),
                denied("to itself", TransferDenial.SAME_ACCOUNT, b -> b.destination(b.source())),
                denied("frozen recipient", TransferDenial.RECIPIENT_NOT_ACTIVE,
                        b -> b.destination(new Account.Unverified(core(DESTINATION_ID, AccountStatus.FROZEN, 0)))),
                denied("closed recipient", TransferDenial.RECIPIENT_NOT_ACTIVE,
                        b -> b.destination(new Account.Unverified(core(DESTINATION_ID, AccountStatus.CLOSED, 0)))),
                allowed("daily limit reached exactly", b -> b.sentToday(eur(490_000))),
                denied("daily limit plus one minor unit", TransferDenial.DAILY_LIMIT_EXCEEDED, b -> b.sentToday(eur(490_001))),
                denied("one transfer above the daily limit", TransferDenial.DAILY_LIMIT_EXCEEDED,
                        b -> b.source(new Account.Verified(core(SOURCE_ID, AccountStatus.ACTIVE, 10_000_000), 1)).amount(eur(500_001))),
                denied("an amount so large the sum would overflow", TransferDenial.DAILY_LIMIT_EXCEEDED,
                        b -> b.amount(eur(Long.MAX_VALUE)).sentToday(eur(1))),
                allowed("the whole balance", b -> b.source(new Account.Verified(core(SOURCE_ID, AccountStatus.ACTIVE, 10_000), 1))),
                denied("one minor unit more than the balance", TransferDenial.INSUFFICIENT_FUNDS,
                        b -> b.source(new Account.Verified(core(SOURCE_ID, AccountStatus.ACTIVE, 9_999), 1))),
                allowed("recipient filled exactly to its LIMITED cap",
                        b -> b.destination(new Account.Unverified(core(DESTINATION_ID, AccountStatus.ACTIVE, 90_000)))),
                denied("recipient one minor unit over its LIMITED cap", TransferDenial.RECIPIENT_BALANCE_CAP,
                        b -> b.destination(new Account.Unverified(core(DESTINATION_ID, AccountStatus.ACTIVE, 90_001)))),
                allowed("a FULL recipient has the higher cap",
                        b -> b.destination(new Account.Verified(core(DESTINATION_ID, AccountStatus.ACTIVE, 90_001), 1))),
                denied("recipient near the top of the FULL cap", TransferDenial.RECIPIENT_BALANCE_CAP,
                        b -> b.destination(new Account.Verified(core(DESTINATION_ID, AccountStatus.ACTIVE, 9_990_001), 1))),
                denied("recipient balance so large the sum would overflow", TransferDenial.RECIPIENT_BALANCE_CAP,
                        b -> b.destination(new Account.Verified(core(DESTINATION_ID, AccountStatus.ACTIVE, Long.MAX_VALUE), 1))),
                new Case("payer's SIM swapped inside the window, even after a password step-up",
                        withSignals(SimSwapRisk.RECENT_SWAP, AuthMethod.PASSWORD), Optional.of(TransferDenial.SIM_SWAP_HOLD)),
                new Case("no answer about the payer's SIM and a PIN step-up",
                        withSignals(SimSwapRisk.UNKNOWN, AuthMethod.PIN), Optional.of(TransferDenial.PASSWORD_STEP_UP_REQUIRED)),
                new Case("no answer about the payer's SIM and a password step-up",
                        withSignals(SimSwapRisk.UNKNOWN, AuthMethod.PASSWORD), Optional.empty()));
    }

    private static TransferRequest withSignals(SimSwapRisk risk, AuthMethod stepUp) {
        TransferRequest r = ALLOWED;
        return new TransferRequest(r.scopes(), r.acr(), r.authTime(), r.source(), r.destination(), r.amount(), r.sentToday(), r.now(),
                new PhoneSignals(false, risk), Set.of(AuthMethod.SMS, stepUp));
    }

    @ParameterizedTest
    @MethodSource("table")
    void check(Case c) {
        assertThat(RULES.check(c.request())).isEqualTo(c.expected());
    }

    @Test
    void everyDenialHasACase() {
        Set<TransferDenial> covered = table().stream().flatMap(c -> c.expected().stream()).collect(Collectors.toSet());

        // COOLING_OFF is decided by CoolingOff (the one home of that rule; CoolingOffTest), beside the caller's rules.
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(TransferDenial.COOLING_OFF)));
    }

    @ParameterizedTest
    @MethodSource("table")
    void theCallerRulesAloneGiveEveryDenialAboutTheCaller(Case c) {
        Set<TransferDenial> aboutTheCaller = EnumSet.of(TransferDenial.INSUFFICIENT_TIER, TransferDenial.MISSING_SCOPE,
                TransferDenial.ACCOUNT_NOT_ACTIVE);
        TransferRequest r = c.request();

        assertThat(RULES.checkCaller(r.scopes(), r.acr(), r.authTime(), r.source(), r.now()))
                .isEqualTo(c.expected().filter(aboutTheCaller::contains));
    }

    @Test
    void theCallersRulesAnswerBeforeAnythingAboutTheAmountOrTheRecipient() {
        TransferRequest frozenPayer = with(b -> b.source(new Account.Verified(core(SOURCE_ID, AccountStatus.FROZEN, 200_000), 1))
                .amount(eur(0)).destination(new Account.Unverified(core(DESTINATION_ID, AccountStatus.CLOSED, 0))));

        assertThat(RULES.check(frozenPayer)).contains(TransferDenial.ACCOUNT_NOT_ACTIVE);
    }

    @Test
    void theFirstFailingRuleIsReported() {
        TransferRequest manyProblems = with(b -> b.acr(AssuranceLevel.AAL1)
                .source(new Account.Unverified(core(SOURCE_ID, AccountStatus.FROZEN, 0))));

        assertThat(RULES.check(manyProblems)).contains(TransferDenial.INSUFFICIENT_TIER);
    }
}
