package io.finguard.application.account;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.Transition;

/** Money movements the rules have already allowed: the account must take them, or rules and machine disagree (a bug). */
final class Moves {
    private Moves() {
    }

    static Account accepted(Transition<Account> transition) {
        return switch (transition) {
            case Transition.Moved<Account> moved -> moved.next();
            case Transition.Declined<Account> declined -> throw new IllegalStateException(
                    "the rules allowed a movement the account refused: " + declined.reason());
            case Transition.Stayed<Account> stayed -> throw new IllegalStateException("a movement of money left the account as it was");
        };
    }
}
