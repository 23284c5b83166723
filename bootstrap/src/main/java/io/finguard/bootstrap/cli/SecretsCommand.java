package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.secrets.OwnerOnlyFiles;
import io.finguard.bootstrap.secrets.ServeSecrets;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code finguard secrets}: writes the env file docker compose and serve read, every secret freshly drawn, so that
 * no deployment runs on a value that was ever public. Prints where it wrote, never what.
 */
@Command(name = "secrets", mixinStandardHelpOptions = true,
        description = {"Writes a new env file for serve and docker compose, readable by you only: the database password,",
                "every key with its id, the admin token, the SMS webhook key and an ES256 (P-256) signing key."})
final class SecretsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--output", defaultValue = ".env", paramLabel = "FILE",
            description = "Where to write (default: ${DEFAULT-VALUE}, which docker compose reads).")
    private Path output;

    @Option(names = "--force",
            description = "Replace an existing file. Hashes, codes, tokens and signatures made with its secrets stop working.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        String text = ServeSecrets.envFile(ServeSecrets.generate(new SecureRandom(), LocalDate.now(ZoneOffset.UTC)));
        try {
            if (force) {
                OwnerOnlyFiles.write(output, text);
            } else {
                OwnerOnlyFiles.create(output, text);
            }
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("finguard secrets: " + output
                    + " exists and may hold secrets in use; it was left alone (--force replaces it)");
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("finguard secrets: wrote " + output
                + " (readable by you only); keep it out of version control");
        return ExitCodes.OK;
    }
}
