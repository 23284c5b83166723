package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.Onboarding.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's DPoP walkthrough, run as written with bash, curl and jq against a live service: {@code ./finguard} is
 * the CLI on this test's class path, {@code $B} the service, and the one line where a person reads the code from the
 * console reads it from the stand-in SMS gateway instead. Ada signs up first, as the walkthrough's earlier steps do.
 */
class ReadmeDpopWalkthroughE2eTest {
    private static final String PHONE = "+4915112345678";
    private static final Pattern BLOCK = Pattern.compile("<!-- dpop-walkthrough -->\\s*```sh\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void theDpopVariantRunsAsWritten() throws Exception {
        E2eDatabase database = E2eDatabase.fresh();
        try (E2eStack stack = E2eStack.start(database.jdbcUrl(), database.user(), database.password(),
                io.finguard.testsupport.SharedRedis.shared().url(), List.of(database))) {
            Onboarding onboarding = stack.onboarding();
            signUpAda(onboarding);
            Onboarding.awaitResendAllowed(Instant.now());
            Thread codeReader = relayNextCode(stack.sms());

            Process bash = new ProcessBuilder("bash", "-c", script(onboarding.api().url("/").replaceAll("/$", "")))
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
            codeReader.join(5_000);

            assertThat(bash.exitValue()).as(output).isZero();
            assertThat(output).contains("\"accountTier\":\"LIMITED\"").contains("\"code\":\"invalid_token\"")
                    .contains("\"code\":\"invalid_dpop_proof\"").contains("\"devices\":[{\"thumbprint\"");
            assertThat(Files.readString(work.resolve("dpop-session.json"))).contains("\"tokenType\":\"DPoP\"");
            assertThat(Files.exists(work.resolve(".finguard/dpop-key.json"))).isTrue();
            try (Connection db = stack.database(); ResultSet rows = db.createStatement().executeQuery(
                    "SELECT (SELECT count(*) FROM known_keys), (SELECT count(*) FROM refresh_families "
                            + "WHERE key_thumbprint IS NOT NULL AND status = 'ACTIVE')")) {
                rows.next();
                assertThat(rows.getInt(1)).as("the device was forgotten").isZero();
                assertThat(rows.getInt(2)).as("and its sessions ended").isZero();
            }
        }
    }

    private static void signUpAda(Onboarding onboarding) {
        Challenge challenge = onboarding.requestCode(PHONE);
        String ticket = onboarding.signupTicket(challenge, "ada-phone");
        expect(onboarding.setCredentials(ticket, "correct horse battery staple", "739184"), 200);
        expect(onboarding.completeProfile(ticket), 200);
        expect(onboarding.submit(ticket, "ada-phone"), 201);
    }

    /** Writes the next code the gateway receives for Ada to {@code code}, where the script's reader waits for it. */
    private Thread relayNextCode(SmsGateway sms) {
        int before = sms.count(PHONE);
        Thread reader = new Thread(() -> {
            try {
                Files.writeString(work.resolve("code"), sms.awaitCode(PHONE, before));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "readme-code-relay");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static String script(String baseUrl) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = BLOCK.matcher(readme);
        assertThat(block.find()).as("README has the DPoP walkthrough block").isTrue();
        String walkthrough = block.group(1);
        Pattern codeLine = Pattern.compile("(?m)^CODE=\\d+ .*$");
        assertThat(codeLine.matcher(walkthrough).find()).as("the line where the code is read from the console").isTrue();
        walkthrough = codeLine.matcher(walkthrough).replaceFirst("CODE=\\$(next_code)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return String.join("\n",
                "set -euo pipefail",
                "./finguard() { '" + java + "' -cp '" + System.getProperty("java.class.path") + "' io.finguard.bootstrap.Main \"$@\"; }",
                "next_code() { for _ in $(seq 1 200); do [ -s code ] && { cat code; return; }; sleep 0.1; done; echo 'no code' >&2; return 1; }",
                "B=" + baseUrl,
                walkthrough);
    }
}
