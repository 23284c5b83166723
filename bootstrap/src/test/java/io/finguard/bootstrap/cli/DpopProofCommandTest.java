package io.finguard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.crypto.dpop.DpopConfig;
import io.finguard.adapters.crypto.dpop.NimbusDpopProofs;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.port.out.ProofCheck;
import io.finguard.domain.port.out.ProofExpectation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finguard dpop-proof}: proofs the server's own check accepts, by one key kept for the owner only. */
class DpopProofCommandTest {
    private static final String URL = "http://localhost:8080/v1/me";
    private final NimbusDpopProofs server = new NimbusDpopProofs(DpopConfig.defaults(new byte[32]));

    @TempDir
    Path temp;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "dpop-proof";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(new RecordingApplication(), Map.of(), new ImmediateLifetime(), all);
    }

    @Test
    void makesAKeyForTheOwnerOnlyAndSignsProofsTheServerAcceptsWithThatKeysThumbprint() throws Exception {
        Path key = temp.resolve("keys/dpop.json");

        CliRun proof = run("--key", key.toString(), "--method", "get", "--url", URL, "--access-token", "at-1");
        CliRun thumbprint = run("--key", key.toString(), "--thumbprint");

        assertThat(proof.exitCode()).as(proof.err()).isEqualTo(ExitCodes.OK);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        ProofCheck check = server.check(proof.out().trim(), new ProofExpectation("GET", URL, Optional.of("at-1"), Instant.now()));
        assertThat(check).isInstanceOfSatisfying(ProofCheck.Valid.class,
                valid -> assertThat(valid.key()).isEqualTo(new KeyThumbprint(thumbprint.out().trim())));
        assertThat(server.check(proof.out().trim(), new ProofExpectation("GET", URL, Optional.of("at-2"), Instant.now())))
                .as("ath names the token given").isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void theKeyIsKeptBetweenRunsAndTheServersNonceIsCarried() {
        Path key = temp.resolve("dpop.json");
        String first = run("--key", key.toString(), "--thumbprint").out().trim();
        String nonce = server.nonce(Instant.now());

        CliRun proof = run("--key", key.toString(), "--url", URL, "--nonce", nonce);

        assertThat(run("--key", key.toString(), "--thumbprint").out().trim()).isEqualTo(first);
        assertThat(server.check(proof.out().trim(), new ProofExpectation("POST", URL, Optional.empty(), Instant.now().plusSeconds(200))))
                .as("an iat 200 s old passes only on the strength of the nonce").isInstanceOf(ProofCheck.Valid.class);
    }

    @Test
    void aUrlIsRequiredForAProof() {
        CliRun run = run("--key", temp.resolve("k.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("--url");
    }
}
