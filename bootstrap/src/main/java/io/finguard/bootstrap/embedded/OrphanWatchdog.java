package io.finguard.bootstrap.embedded;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process that stops the embedded servers if this JVM dies without stopping them (SIGKILL, a crash):
 * it polls the JVM once a second and then signals each server, so they outlive it by about a second instead of
 * running on as orphans. Closed on a clean stop, before the servers are. POSIX systems only; elsewhere it logs and does
 * nothing (the next start still clears what a dead run left, see {@code DevLeftovers}).
 */
public final class OrphanWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanWatchdog.class);
    private final Process shell;

    private OrphanWatchdog(Process shell) {
        this.shell = shell;
    }

    /** Watches this JVM; {@code signals} maps a process id to the signal that stops it cleanly (INT, TERM). */
    public static OrphanWatchdog start(Map<Long, String> signals) {
        long jvm = ProcessHandle.current().pid();
        String stop = signals.entrySet().stream().map(e -> "kill -" + e.getValue() + " " + e.getKey() + " 2>/dev/null")
                .collect(Collectors.joining("; "));
        String script = "while kill -0 " + jvm + " 2>/dev/null; do sleep 1; done; " + stop;
        try {
            Process shell = new ProcessBuilder(List.of("/bin/sh", "-c", script))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new OrphanWatchdog(shell);
        } catch (IOException e) {
            LOG.warn("no watchdog for the embedded servers ({}): if this process is killed they keep running until the next start",
                    e.getClass().getSimpleName());
            return new OrphanWatchdog(null);
        }
    }

    /** The watchdog's own process id (for tests that must kill it too); -1 when there is none. */
    public long pid() {
        return shell == null ? -1 : shell.pid();
    }

    @Override
    public void close() {
        if (shell != null) {
            shell.destroy();
        }
    }
}
