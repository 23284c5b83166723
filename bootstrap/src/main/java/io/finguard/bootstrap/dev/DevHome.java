package io.finguard.bootstrap.dev;

import io.finguard.bootstrap.secrets.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/** The directory {@code finguard dev} keeps its state in (./.finguard by default): database, signing key, secrets. */
public record DevHome(Path root) {
    public static final Path DEFAULT = Path.of(".finguard");

    public DevHome {
        Objects.requireNonNull(root, "root");
    }

    /** Creates the directory (owner-only) if it does not exist yet. */
    public static DevHome open(Path root) {
        try {
            OwnerOnlyFiles.createDirectory(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the dev home " + root, e);
        }
        return new DevHome(root);
    }

    public Path postgresData() {
        return root.resolve("pg");
    }

    /** The process id of the finguard dev that runs on this home, while it runs. */
    public Path devPidFile() {
        return root.resolve("dev.pid");
    }

    /** The embedded Redis's process id, while it runs. */
    public Path redisPidFile() {
        return root.resolve("redis.pid");
    }

    public Path signingKey() {
        return root.resolve("signing-key.pem");
    }

    public Path secrets() {
        return root.resolve("dev-secrets");
    }
}
