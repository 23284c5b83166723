package io.finguard.application.oauth;

import io.finguard.domain.port.in.CheckClientAssertion;
import io.finguard.domain.port.out.AssertionCheck;
import io.finguard.domain.port.out.AssertionExpectation;
import io.finguard.domain.port.out.ClientAssertions;
import io.finguard.domain.port.out.SeenProofs;
import java.time.Clock;
import java.time.Instant;

/**
 * RFC 7523 client authentication: the crypto port checks the assertion against the client's registered key, then its
 * {@code jti} is spent in the shared store of seen proof ids (per key, for as long as the assertion could pass), so a replayed
 * assertion is refused on every instance.
 */
public final class CheckClientAssertionService implements CheckClientAssertion {
    private final ClientAssertions assertions;
    private final SeenProofs seen;
    private final Clock clock;

    public CheckClientAssertionService(ClientAssertions assertions, SeenProofs seen, Clock clock) {
        this.assertions = assertions;
        this.seen = seen;
        this.clock = clock;
    }

    @Override
    public Result check(Command command) {
        if (command.audiences().isEmpty()) {
            return new Result.Refused("no audience is acceptable");
        }
        Instant now = clock.instant();
        var expected = new AssertionExpectation(command.clientId(), command.audiences(), now);
        return switch (assertions.check(command.assertion(), command.publicJwk(), expected)) {
            case AssertionCheck.Invalid invalid -> new Result.Refused(invalid.why());
            case AssertionCheck.Valid valid -> seen.firstSighting(valid.key(), "client-assertion:" + valid.jti(),
                    assertions.maxLifetime())
                    ? new Result.Authenticated()
                    : new Result.Refused("the assertion was already used (jti seen before)");
        };
    }
}
