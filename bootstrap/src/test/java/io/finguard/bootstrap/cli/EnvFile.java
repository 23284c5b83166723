package io.finguard.bootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code .env} file as docker compose does for the forms {@code finguard secrets} writes: {@code NAME=value}
 * per line, '#' comments, and single quotes that keep the value literal (no escape is unfolded).
 */
final class EnvFile {
    private EnvFile() {
    }

    static Map<String, String> read(Path file) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int split = line.indexOf('=');
                if (split <= 0) {
                    throw new AssertionError("not NAME=value: " + line.substring(0, Math.min(20, line.length())));
                }
                String value = line.substring(split + 1);
                if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (values.put(line.substring(0, split), value) != null) {
                    throw new AssertionError("set twice: " + line.substring(0, split));
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
