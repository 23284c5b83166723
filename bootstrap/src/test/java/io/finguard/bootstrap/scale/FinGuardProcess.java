package io.finguard.bootstrap.scale;

import io.finguard.testsupport.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One FinGuard instance: the built jar in {@code serve} mode as its own JVM on free API and management ports,
 * configured only through {@code FINGUARD_*} variables. It can be killed with SIGKILL and started again on the same
 * ports, as a crashed pod that its orchestrator restarts.
 */
final class FinGuardProcess implements AutoCloseable {
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final Path logDirectory;
    private final Map<String, String> environment;
    private final int port = FreePort.find();
    private final int managementPort = FreePort.find();
    private Process process;
    private int starts;

    FinGuardProcess(String name, Path jar, Path logDirectory, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.logDirectory = logDirectory;
        this.environment = Map.copyOf(environment);
    }

    String name() {
        return name;
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + port);
    }

    URI management() {
        return URI.create("http://127.0.0.1:" + managementPort);
    }

    /**
     * Starts the JVM and waits until /health/ready answers 200; a JVM that exits while starting (its database
     * connection timed out on a machine this busy) is started again, twice at most, as an orchestrator would.
     */
    synchronized void start() {
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce();
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3 || process.isAlive()) {
                    throw e;
                }
                System.out.printf("[scale] %s: %s; starting it again%n", name, e.getMessage());
            }
        }
    }

    private void startOnce() {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC", "-Xss512k", "-jar", jar.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDirectory.resolve(name + ".log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("FINGUARD_"));
        builder.environment().putAll(environment);
        builder.environment().put("FINGUARD_HTTP_PORT", String.valueOf(port));
        builder.environment().put("FINGUARD_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("FINGUARD_ISSUER", "http://finguard.scale.test");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        starts++;
        awaitReady(Duration.ofSeconds(120));
    }

    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ready() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logDirectory.resolve(name + ".log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout);
            }
            sleep(200);
        }
    }

    /** The status of /health/ready, or -1 when nothing answers. */
    int ready() {
        try {
            return PROBE.send(HttpRequest.newBuilder(management().resolve("/health/ready")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook runs, in-flight requests and batches are cut off. */
    synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** The process id of the running JVM, for ps/RSS figures. */
    synchronized long pid() {
        return process.pid();
    }

    int starts() {
        return starts;
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    @Override
    public String toString() {
        return name + " (" + api() + ")";
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
