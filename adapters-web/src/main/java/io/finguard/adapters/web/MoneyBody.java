package io.finguard.adapters.web;

import io.finguard.domain.model.Money;

/** An amount on the wire: minor units and ISO 4217 currency. */
record MoneyBody(Long minor, String currency) {

    static MoneyBody of(Money money) {
        return money == null ? null : new MoneyBody(money.minor(), money.currency());
    }

    /** Member checks for a request amount; {@code field} is its path, e.g. {@code amount}. */
    static void check(Checks checks, String field, MoneyBody amount) {
        checks.present(field, amount);
        if (amount != null) {
            checks.present(field + ".minor", amount.minor())
                    .matches(field + ".currency", amount.currency(), java.util.regex.Pattern.compile("[A-Z]{3}"),
                            "an ISO 4217 code such as EUR");
        }
    }

    Money toMoney() {
        return Money.of(minor, currency);
    }
}
