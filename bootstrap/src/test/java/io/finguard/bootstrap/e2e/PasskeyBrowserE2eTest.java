package io.finguard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Passkeys in a real browser: the service in dev mode serves /dev/passkeys.html, and e2e-browser/passkeys.mjs drives
 * headless Chromium (the system's /usr/bin/chromium, through playwright-core) with a CDP virtual authenticator to
 * register a passkey, step up with it and confirm a transfer with it (the passkey signs the payment authorisation's
 * challenge). Skipped where no browser or no {@code npm ci} is present, unless
 * FINGUARD_TEST_REQUIRE_BROWSER=1 (as .ci/run sets it), where a missing browser fails the test.
 */
class PasskeyBrowserE2eTest {
    private static final Path SCRIPT_DIR = Path.of("..", "e2e-browser").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static E2eStack stack;

    @BeforeAll
    static void browserAndDevService() {
        List<String> missing = new java.util.ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (apt-get install chromium)");
        }
        if (!Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"))) {
            missing.add("playwright-core (npm ci in " + SCRIPT_DIR + ")");
        }
        if (!missing.isEmpty()) {
            String why = "no real browser test here: missing " + String.join(", ", missing);
            if ("1".equals(System.getenv("FINGUARD_TEST_REQUIRE_BROWSER"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        stack = E2eStack.inDevMode();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void headlessChromiumRegistersAPasskeyFromTheDevPageStepsUpAndConfirmsATransferWithIt() throws Exception {
        Onboarding onboarding = stack.onboarding();
        Member member = onboarding.stepUp(onboarding.upgradeToFull(onboarding.signUp()));
        onboarding.fund(member, 10_000);
        Member payee = onboarding.signUp();

        long started = System.nanoTime();
        Run run = node(member.accessToken(), payee.phone());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[browser] e2e-browser/passkeys.mjs ran in " + millis + " ms:\n" + run.stdout());

        assertThat(run.exit()).as("exit code; stderr:\n%s", run.stderr()).isZero();
        String[] lines = run.stdout().strip().split("\n");
        JsonNode result = JSON.readTree(lines[lines.length - 1]).get("result");
        assertThat(result.get("amr")).extracting(JsonNode::toString).asString().contains("\"pop\"").contains("\"sms\"");
        try (Connection db = stack.database(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT id, name, sign_count, last_used_at FROM passkeys WHERE user_id = '"
                     + member.userId() + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("id")).isEqualTo(result.get("passkeyId").asText());
            assertThat(row.getString("name")).isEqualTo("Headless Chromium");
            assertThat(row.getLong("sign_count")).isPositive();
            assertThat(row.getTimestamp("last_used_at")).isNotNull();
            assertThat(row.next()).isFalse();
        }
        try (Connection db = stack.database(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT status, method FROM payment_authorizations WHERE id = '"
                     + result.get("authorizationId").asText() + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("status")).isEqualTo("USED");
            assertThat(row.getString("method")).isEqualTo("PASSKEY");
        }
        assertThat(onboarding.api().get("/v1/me", "Authorization", ApiClient.bearer(payee.accessToken())).text("/balance/minor"))
                .isEqualTo("2000");
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run node(String accessToken, String payeePhone) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", "passkeys.mjs").directory(SCRIPT_DIR.toFile());
        builder.environment().put("FINGUARD_BASE_URL", "http://localhost:" + stack.baseUri().getPort());
        builder.environment().put("FINGUARD_ACCESS_TOKEN", accessToken);
        builder.environment().put("FINGUARD_PAYEE_PHONE", payeePhone);
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("the browser test did not finish within three minutes");
        }
        return new Run(process.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
