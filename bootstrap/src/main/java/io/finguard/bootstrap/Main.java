package io.finguard.bootstrap;

import io.finguard.bootstrap.cli.CommandContext;
import io.finguard.bootstrap.wiring.FinGuardApplication;
import io.finguard.bootstrap.cli.FinGuardCli;
import io.finguard.bootstrap.cli.JvmLifetime;
import io.finguard.domain.policy.RateLimits;
import java.io.PrintWriter;
import java.time.Clock;

/** The {@code finguard} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandContext context = new CommandContext(new FinGuardApplication(Clock.systemUTC(), RateLimits.defaults()),
                System.getenv(), new JvmLifetime());
        int exitCode = FinGuardCli.create(context, new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
        System.exit(exitCode);
    }
}
