package io.finguard.application.session;

import io.finguard.domain.port.in.CheckDpopProof;
import io.finguard.domain.port.out.DpopProofs;
import io.finguard.domain.port.out.ProofCheck;
import io.finguard.domain.port.out.ProofExpectation;
import io.finguard.domain.port.out.SeenProofs;
import java.time.Clock;

/**
 * RFC 9449 proof checking: the crypto port checks the proof against the request, then its id is spent in the shared
 * store of seen proofs (kept as long as any proof could pass), so a replay is refused on every instance. A proof whose
 * time is off asks the client for a server nonce.
 */
public final class CheckDpopProofService implements CheckDpopProof {
    private final DpopProofs proofs;
    private final SeenProofs seen;
    private final Clock clock;

    public CheckDpopProofService(DpopProofs proofs, SeenProofs seen, Clock clock) {
        this.proofs = proofs;
        this.seen = seen;
        this.clock = clock;
    }

    @Override
    public Result check(Command command) {
        var expected = new ProofExpectation(command.method(), command.url(), command.accessToken(), clock.instant());
        return switch (proofs.check(command.proof(), expected)) {
            case ProofCheck.Invalid invalid -> new Result.Refused(invalid.why());
            case ProofCheck.NeedsNonce stale -> new Result.NonceRequired(proofs.nonce(expected.now()), stale.why());
            case ProofCheck.Valid valid -> seen.firstSighting(valid.key(), valid.jti(), proofs.acceptanceWindow())
                    ? new Result.Proven(valid.key())
                    : new Result.Refused("the proof was already used (jti seen before)");
        };
    }
}
