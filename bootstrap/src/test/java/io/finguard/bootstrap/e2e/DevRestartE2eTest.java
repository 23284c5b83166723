package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.bootstrap.embedded.EmbeddedPostgres;
import io.finguard.bootstrap.embedded.EmbeddedRedis;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finguard dev} as a real process, killed with SIGKILL in the middle of a signup: its embedded servers do not
 * outlive it for long (a watchdog stops them), a new {@code finguard dev} on the same home comes up (it stops what a
 * dead run left, even with the watchdog killed too), and the half-done signup carries on where it stopped.
 */
class DevRestartE2eTest {
    private static final String FIXED_CODE = "402718";
    private static final Duration START_WITHIN = Duration.ofSeconds(120);
    @TempDir
    Path temp;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void afterSigkillTheServersStopSoonAndTheNextDevResumesTheHalfDoneSignup() throws Exception {
        Path home = temp.resolve(".finguard");
        int port = Loopback.freePort();
        int managementPort = Loopback.freePort();
        Process first = dev(home, port, managementPort, "first");
        ApiClient api = awaitReady(first, port, managementPort, "first");
        String phone = Phones.fresh();
        String device = Onboarding.newDevice();
        String ticket = halfDoneSignup(api, phone, device);
        long postmaster = EmbeddedPostgres.postmasterPid(home.resolve("pg")).orElseThrow();
        long redis = EmbeddedRedis.readPid(home.resolve("redis.pid"));

        first.destroyForcibly().waitFor();
        assertThat(exitsWithin(postmaster, Duration.ofSeconds(10))).as("PostgreSQL outlives the killed JVM briefly").isTrue();
        assertThat(exitsWithin(redis, Duration.ofSeconds(10))).as("Redis outlives the killed JVM briefly").isTrue();

        Process second = dev(home, port, managementPort, "second");
        ApiClient again = awaitReady(second, port, managementPort, "second");
        resumes(again, ticket, device);
    }

    @Test
    void whenTheWatchdogDiedTooTheNextDevStopsTheOrphansAndResumesTheHalfDoneSignup() throws Exception {
        Path home = temp.resolve(".finguard");
        int port = Loopback.freePort();
        int managementPort = Loopback.freePort();
        Process first = dev(home, port, managementPort, "first");
        ApiClient api = awaitReady(first, port, managementPort, "first");
        String phone = Phones.fresh();
        String device = Onboarding.newDevice();
        String ticket = halfDoneSignup(api, phone, device);
        long postmaster = EmbeddedPostgres.postmasterPid(home.resolve("pg")).orElseThrow();
        long redis = EmbeddedRedis.readPid(home.resolve("redis.pid"));

        first.toHandle().children().filter(child -> child.info().command().map(c -> c.endsWith("sh")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly().waitFor();
        Thread.sleep(2_000);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the orphaned PostgreSQL").contains(true);
        assertThat(ProcessHandle.of(redis).map(ProcessHandle::isAlive)).as("the orphaned Redis").contains(true);

        Process second = dev(home, port, managementPort, "second");
        ApiClient again = awaitReady(second, port, managementPort, "second");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ProcessHandle.of(redis).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        resumes(again, ticket, device);
    }

    /** Code requested and verified, credentials set: the profile and the submit are still to come. */
    private static String halfDoneSignup(ApiClient api, String phone, String device) {
        ApiResponse sent = Onboarding.expect(api.post("/v1/auth/otp", json("phone", phone)), 202);
        ApiResponse proven = Onboarding.expect(api.post("/v1/auth/otp/verify",
                json("challengeId", sent.text("/challengeId"), "code", FIXED_CODE, "deviceId", device)), 200);
        String ticket = proven.text("/ticket");
        Onboarding.expect(api.put("/v1/signup/credentials", json("password", Onboarding.newPassword(), "pin",
                Onboarding.newPin(phone)), "Authorization", bearer(ticket)), 200);
        return ticket;
    }

    private static void resumes(ApiClient api, String ticket, String device) {
        ApiResponse signup = Onboarding.expect(api.get("/v1/signup", "Authorization", bearer(ticket)), 200);
        assertThat(signup.text("/status")).isEqualTo("CREDENTIALS_SET");
        Onboarding.expect(api.put("/v1/signup/profile", json("firstName", "Erika", "lastName", "Mustermann",
                "dateOfBirth", Onboarding.DATE_OF_BIRTH.toString(), "address", ApiClient.object("line1", "Teststrasse 1",
                        "city", "Berlin", "postalCode", "10115", "country", "DE")), "Authorization", bearer(ticket)), 200);
        Onboarding.expect(api.post("/v1/signup/submit", null, "Authorization", bearer(ticket), "X-Device-Id", device), 201);
    }

    private Process dev(Path home, int port, int managementPort, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "io.finguard.bootstrap.Main", "dev", "--home", home.toString(), "--port", Integer.toString(port),
                "--management-port", Integer.toString(managementPort));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("FINGUARD_"));
        env.put("FINGUARD_DEV_FIXED_OTP_CODE", FIXED_CODE);
        env.put("FINGUARD_ARGON2_MEMORY_KIB", "4096");
        env.put("FINGUARD_ARGON2_ITERATIONS", "1");
        env.put("FINGUARD_LOG_FORMAT", "text");
        builder.redirectErrorStream(true).redirectOutput(temp.resolve(name + ".log").toFile());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private ApiClient awaitReady(Process process, int port, int managementPort, String name) throws Exception {
        ApiClient health = new ApiClient(URI.create("http://127.0.0.1:" + managementPort), Loopback.nextClientAddress());
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("the " + name + " finguard dev exited with " + process.exitValue() + ":\n" + log(name));
            }
            if (answers(health)) {
                return new ApiClient(URI.create("http://127.0.0.1:" + port), Loopback.nextClientAddress());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the " + name + " finguard dev was not ready within " + START_WITHIN + ":\n" + log(name));
            }
            Thread.sleep(250);
        }
    }

    private static boolean answers(ApiClient health) {
        try {
            return health.get("/health/ready").status() == 200;
        } catch (AssertionError notListeningYet) {
            return false;
        }
    }

    private String log(String name) throws IOException {
        List<String> lines = Files.readAllLines(temp.resolve(name + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static boolean exitsWithin(long pid, Duration within) throws InterruptedException {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return !process.get().isAlive();
        }
    }
}
