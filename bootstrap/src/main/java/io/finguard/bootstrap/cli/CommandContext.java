package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Application;
import java.util.Map;
import java.util.Objects;

/** What every command works with: the composition root, the environment it reads, and how long a run lives. */
public record CommandContext(Application application, Map<String, String> env, Lifetime lifetime) {
    public CommandContext {
        Objects.requireNonNull(application, "application");
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(lifetime, "lifetime");
    }
}
