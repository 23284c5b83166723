package io.finguard.adapters.crypto.credential;

import io.finguard.domain.contract.CommonPasswordsContract;
import io.finguard.domain.port.out.CommonPasswords;

/** The shipped list (read once for the class: about 49,000 entries) keeps the CommonPasswords contract. */
class ShippedCommonPasswordsContractTest extends CommonPasswordsContract {
    private static final ShippedCommonPasswords SHIPPED = new ShippedCommonPasswords();

    @Override
    protected CommonPasswords passwords() {
        return SHIPPED;
    }
}
