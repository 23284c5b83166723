package io.finguard.adapters.web.account;

import io.finguard.adapters.web.Checks;
import io.finguard.domain.model.Money;
import java.util.regex.Pattern;

/** An amount on the wire: minor units and ISO 4217 currency. */
public record MoneyBody(Long minor, String currency) {
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public static MoneyBody of(Money money) {
        return money == null ? null : new MoneyBody(money.minor(), money.currency());
    }

    /** Member checks for a request amount; {@code field} is its path, e.g. {@code amount}. */
    public static void check(Checks checks, String field, MoneyBody amount) {
        checks.present(field, amount);
        if (amount != null) {
            checks.present(field + ".minor", amount.minor())
                    .matches(field + ".currency", amount.currency(), ISO_4217,
                            "an ISO 4217 code such as EUR");
        }
    }

    public Money toMoney() {
        return Money.of(minor, currency);
    }
}
