package io.finguard.bootstrap.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a scale test measured, one JSON line each in {@code -Dfinguard.scale.figures} (default
 * target/scale-figures.jsonl), which benchmarks/scale turns into its Markdown and JSON report; also printed.
 */
final class Figures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Figures() {
    }

    static synchronized void record(String test, String name, double value, String unit, String note) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("test", test);
        line.put("name", name);
        line.put("value", Math.round(value * 100) / 100.0);
        line.put("unit", unit);
        line.put("note", note);
        line.put("full", ScaleSystem.full());
        System.out.printf("[scale] %s: %s = %s %s (%s)%n", test, name, line.get("value"), unit, note);
        Path file = Path.of(System.getProperty("finguard.scale.figures", "target/scale-figures.jsonl"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The q-quantile (0..1) of the values in milliseconds. */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }
}
