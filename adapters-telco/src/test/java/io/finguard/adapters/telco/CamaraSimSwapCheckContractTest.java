package io.finguard.adapters.telco;

import io.finguard.domain.contract.SimSwapCheckContract;
import io.finguard.domain.fixtures.MutableClock;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.SimSwapCheck;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;

/** The SimSwapCheck contract against the CAMARA adapter talking HTTP to a local operator that follows the spec. */
class CamaraSimSwapCheckContractTest extends SimSwapCheckContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final CamaraFake operator;
    private final CamaraSimSwapCheck adapter;

    CamaraSimSwapCheckContractTest() throws IOException {
        operator = new CamaraFake(clock);
        adapter = new CamaraSimSwapCheck(operator.config(Duration.ofSeconds(2), 5, Duration.ofSeconds(30)), clock);
    }

    @AfterEach
    void stopTheOperator() {
        operator.close();
    }

    @Override
    protected SimSwapCheck check() {
        return adapter;
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Override
    protected void arrangeSwapped(PhoneNumber phone, Instant at) {
        operator.swapped(phone.e164(), at);
    }

    @Override
    protected void arrangeUnreachable(PhoneNumber phone) {
        operator.fail(phone.e164(), 503);
    }
}
