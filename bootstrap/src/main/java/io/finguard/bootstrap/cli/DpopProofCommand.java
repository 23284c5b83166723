package io.finguard.bootstrap.cli;

import io.finguard.adapters.crypto.dpop.DpopClientKey;
import io.finguard.bootstrap.secrets.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code finguard dpop-proof}: a tiny DPoP client for trying the API by hand (README walkthrough). Keeps a P-256 key
 * in a file (created, readable by you only, on first use) and prints a proof for a method and URL, with the access
 * token's hash and the server's nonce when given; {@code --thumbprint} prints the key's thumbprint instead.
 */
@Command(name = "dpop-proof", mixinStandardHelpOptions = true,
        description = {"Prints a DPoP proof (RFC 9449) for METHOD and URL, signed by the P-256 key in --key",
                "(made on first use, readable by you only). Send it as the DPoP header."})
final class DpopProofCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--key", defaultValue = ".finguard/dpop-key.json", paramLabel = "FILE",
            description = "The client's private key as a JWK (default: ${DEFAULT-VALUE}).")
    private Path keyFile;

    @Option(names = "--method", defaultValue = "POST", paramLabel = "METHOD", description = "HTTP method (default: POST).")
    private String method;

    @Option(names = "--url", paramLabel = "URL", description = "The request URL, without query.")
    private String url;

    @Option(names = "--access-token", paramLabel = "TOKEN", description = "The access token sent with the proof (adds ath).")
    private String accessToken;

    @Option(names = "--nonce", paramLabel = "NONCE", description = "The server's DPoP-Nonce, when it asked for one.")
    private String nonce;

    @Option(names = "--thumbprint", description = "Print the key's RFC 7638 thumbprint (what /v1/me/devices lists).")
    private boolean thumbprint;

    @Override
    public Integer call() throws IOException {
        DpopClientKey key = loadOrCreate();
        if (thumbprint) {
            spec.commandLine().getOut().println(key.thumbprint().value());
            return ExitCodes.OK;
        }
        if (url == null || url.isBlank()) {
            spec.commandLine().getErr().println("finguard dpop-proof: --url is required (or --thumbprint)");
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println(key.proof(method.toUpperCase(java.util.Locale.ROOT), url,
                Optional.ofNullable(accessToken), Optional.ofNullable(nonce), Instant.now()));
        return ExitCodes.OK;
    }

    private DpopClientKey loadOrCreate() throws IOException {
        if (Files.exists(keyFile)) {
            return DpopClientKey.fromPrivateJwk(OwnerOnlyFiles.read(keyFile));
        }
        DpopClientKey fresh = DpopClientKey.generate();
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            OwnerOnlyFiles.createDirectory(parent);
        }
        OwnerOnlyFiles.create(keyFile, fresh.privateJwk());
        return fresh;
    }
}
