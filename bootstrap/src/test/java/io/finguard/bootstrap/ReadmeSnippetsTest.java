package io.finguard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Verify FinGuard tokens in your service" examples are the files the tests run: the JVM class that
 * OAuthResourceServerE2eTest uses and the Node module that .ci/oauth-clients/check.mjs imports, each verbatim.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theJvmExampleIsTheVerifierTheE2eTestRuns() throws IOException {
        assertFenced("java", ROOT.resolve("bootstrap/src/test/java/io/finguard/bootstrap/e2e/FinGuardTokenVerifier.java"));
    }

    @Test
    void theNodeExampleIsTheModuleCiRuns() throws IOException {
        assertFenced("js", ROOT.resolve(".ci/oauth-clients/verify-token.mjs"));
    }

    private static void assertFenced(String language, Path file) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String block = "```" + language + "\n" + Files.readString(file).strip() + "\n```\n";
        assertThat(readme).as("README includes %s verbatim", file).contains(block);
        assertThat(readme.indexOf("## Verify FinGuard tokens in your service")).isNotNegative().isLessThan(readme.indexOf(block));
    }
}
