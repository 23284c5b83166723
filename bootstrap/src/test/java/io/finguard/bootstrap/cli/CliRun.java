package io.finguard.bootstrap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One invocation of the CLI with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(RecordingApplication application, Map<String, String> env, Lifetime lifetime, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = FinGuardCli.create(new CommandContext(application, env, lifetime), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
