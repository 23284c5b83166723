package io.finguard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml holds no secret value, not even an example one: every secret is a required {@code ${VAR:?...}}
 * reference, so compose refuses to start until {@code finguard secrets} (or the operator) has provided it.
 */
class ComposeFileTest {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?([^}]*)}");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?[^}]+}");
    /** 30 bytes or more of base64 (either alphabet) in one run: key-shaped text. */
    private static final Pattern KEY_SHAPED = Pattern.compile("[A-Za-z0-9+/_-]{40,}=*");

    @TempDir
    Path temp;

    private final JsonNode compose = load();

    @Test
    void everySecretFinguardNeedsIsARequiredReferenceInEveryService() {
        Map<String, String> finguard = environment("finguard");
        Map<String, String> migrate = environment("migrate");

        for (String secret : SecretsCommandTest.GENERATED) {
            assertThat(finguard.get(secret)).as("finguard: " + secret).matches(requiredReferenceTo(secret));
            if (migrate.containsKey(secret)) {
                assertThat(migrate.get(secret)).as("migrate: " + secret).matches(requiredReferenceTo(secret));
            }
        }
        assertThat(environment("postgres").get("POSTGRES_PASSWORD")).matches(requiredReferenceTo("FINGUARD_DATABASE_PASSWORD"));
    }

    @Test
    void noSecretValueNorDefaultForOneIsWrittenAnywhere() {
        List<String> scalars = new ArrayList<>();
        collectScalars(compose, scalars);
        assertThat(scalars).isNotEmpty();

        for (String scalar : scalars) {
            Matcher reference = REFERENCE.matcher(scalar);
            while (reference.find()) {
                if (SecretsCommandTest.GENERATED.contains(reference.group(1))) {
                    assertThat(reference.group(2)).as("a default or alternative for " + reference.group(1)).isEqualTo(":?");
                }
            }
            String literal = REFERENCE.matcher(scalar).replaceAll("");
            assertThat(literal).as(scalar).doesNotContain("-----BEGIN").doesNotContainIgnoringCase("example")
                    .doesNotContainPattern(KEY_SHAPED);
        }
    }

    @Test
    void everyVariableComposeRequiresIsOneThatFinguardSecretsWrites() {
        Path env = temp.resolve(".env");
        CliRun run = CliRun.of(new RecordingApplication(), Map.of(), new ImmediateLifetime(), "secrets", "--output",
                env.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);

        assertThat(EnvFile.read(env).keySet()).containsAll(requiredVariables());
        assertThat(requiredVariables()).containsAll(SecretsCommandTest.GENERATED);
    }

    private Set<String> requiredVariables() {
        List<String> scalars = new ArrayList<>();
        collectScalars(compose, scalars);
        Set<String> required = new TreeSet<>();
        scalars.forEach(scalar -> {
            Matcher matcher = REQUIRED.matcher(scalar);
            while (matcher.find()) {
                required.add(matcher.group(1));
            }
        });
        return required;
    }

    private static String requiredReferenceTo(String variable) {
        return "\\$\\{" + variable + ":\\?[^}]+}";
    }

    /** A service's environment, in either of compose's forms (mapping, or a list of NAME=value). */
    private Map<String, String> environment(String service) {
        JsonNode node = compose.path("services").path(service).path("environment");
        assertThat(node.isMissingNode()).as("service %s has an environment", service).isFalse();
        Map<String, String> env = new LinkedHashMap<>();
        if (node.isArray()) {
            node.forEach(item -> {
                String text = item.asText();
                int split = text.indexOf('=');
                env.put(split < 0 ? text : text.substring(0, split), split < 0 ? "" : text.substring(split + 1));
            });
        } else {
            node.properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        }
        return env;
    }

    private static void collectScalars(JsonNode node, List<String> scalars) {
        if (node.isValueNode()) {
            scalars.add(node.asText());
        }
        node.forEach(child -> collectScalars(child, scalars));
    }

    private static JsonNode load() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("docker-compose.yml above the working directory").isNotNull();
        // SnakeYAML resolves anchors and aliases (x-finguard-env: &env ... environment: *env) as compose does.
        try (Reader in = Files.newBufferedReader(directory.resolve("docker-compose.yml"))) {
            return new ObjectMapper().valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new AssertionError("docker-compose.yml is not YAML", e);
        }
    }
}
