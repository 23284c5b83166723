package io.finguard.adapters.persistence.tx;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Turns a failed statement's exception into the port's vocabulary before jOOQ throws it. */
final class TranslatingListener implements ExecuteListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException original = ctx.exception();
        if (original != null) {
            RuntimeException translated = PostgresErrors.translate(original);
            if (translated != original) {
                ctx.exception(translated);
            }
        }
    }
}
