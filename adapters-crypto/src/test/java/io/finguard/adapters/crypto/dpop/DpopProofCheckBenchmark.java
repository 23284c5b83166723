package io.finguard.adapters.crypto.dpop;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.out.ProofCheck;
import io.finguard.domain.port.out.ProofExpectation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cost of checking one DPoP proof (parse, ES256 verification with the header's JWK, claim checks, thumbprint), the
 * work every request with a bound token adds before its one Redis round trip for the jti. Not part of the build; run
 * it with {@code ./mvnw -B -o -pl adapters-crypto -am test -Dgroups=benchmark -Dfinguard.benchmarks.excluded=
 * -Dtest=DpopProofCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DpopProofCheckBenchmark {
    private static final int CHECKS = 20_000;
    private static final int WARM_UP = 5_000;
    private static final String URL = "https://api.example.test/v1/me";
    private static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";

    @Test
    void oneProofCheckOnOneThread() {
        NimbusDpopProofs proofs = new NimbusDpopProofs(DpopConfig.defaults(NimbusDpopProofsTest.NONCE_KEY));
        DpopClientKey client = DpopClientKey.generate();
        Instant now = Instant.now();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < CHECKS + WARM_UP; i++) {
            made.add(client.proof("GET", URL, Optional.of(TOKEN), Optional.empty(), now));
        }
        ProofExpectation expected = new ProofExpectation("GET", URL, Optional.of(TOKEN), now);
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(proofs.check(made.get(i), expected)).isInstanceOf(ProofCheck.Valid.class);
        }
        long[] nanos = new long[CHECKS];
        long started = System.nanoTime();
        for (int i = 0; i < CHECKS; i++) {
            long t0 = System.nanoTime();
            ProofCheck check = proofs.check(made.get(WARM_UP + i), expected);
            nanos[i] = System.nanoTime() - t0;
            assertThat(check).isInstanceOf(ProofCheck.Valid.class);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("DPoP proof check: %,d checks, %,.0f checks/s on one thread, p50 %.0f us, p99 %.0f us%n",
                CHECKS, CHECKS / seconds, nanos[CHECKS / 2] / 1e3, nanos[CHECKS * 99 / 100] / 1e3);
    }
}
