package io.finguard.bootstrap.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints a refused configuration: a header, then one line per problem, so an operator fixes all in one go. */
final class ConfigProblems {
    private ConfigProblems() {
    }

    static int report(PrintWriter err, String command, List<String> problems) {
        err.println("finguard " + command + ": refusing to start, " + problems.size() + " configuration problem"
                + (problems.size() == 1 ? "" : "s") + ":");
        problems.forEach(problem -> err.println("  " + problem));
        err.flush();
        return ExitCodes.CONFIG;
    }
}
