package io.finguard.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.bootstrap.config.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The configuration reference in docs/operations.md is generated from {@link Setting}: this test fails when the two
 * disagree. Run it with {@code -Dfinguard.docs.write=true} to rewrite the section between the markers.
 */
class OperationsDocTest {
    static final Path DOC = Path.of("..", "docs", "operations.md");
    static final String BEGIN = "<!-- settings:begin (generated from Setting by OperationsDocTest) -->";
    static final String END = "<!-- settings:end -->";

    static String reference() {
        return Arrays.stream(Setting.values())
                .map(setting -> "| `" + setting.key() + "` | " + setting.description().replace("|", "\\|") + " |")
                .collect(Collectors.joining("\n", "| variable | meaning |\n|---|---|\n", "\n"));
    }

    @Test
    void theConfigurationReferenceListsEverySettingAsTheEnumDescribesIt() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("begin marker in %s", DOC).isNotNegative();
        assertThat(end).as("end marker after the begin marker").isGreaterThan(begin);
        String expected = doc.substring(0, begin + BEGIN.length()) + "\n" + reference() + doc.substring(end);
        if (Boolean.getBoolean("finguard.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
            doc = Files.readString(DOC, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/operations.md's settings section; rerun with -Dfinguard.docs.write=true").isEqualTo(expected);
    }
}
