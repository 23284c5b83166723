package io.finguard.domain.port.out;

import io.finguard.domain.model.UserId;
import io.finguard.domain.txauth.LowValueTally;
import java.util.Optional;

/** Each payer's payments without strong authentication since the last one (PSD2 RTS Art. 16); in the caller's transaction. */
public interface LowValueTallies {

    /** The payer's tally; empty before their first payment. */
    Optional<LowValueTally> find(UserId payer);

    /** Replaces the payer's tally. */
    void save(UserId payer, LowValueTally tally);
}
