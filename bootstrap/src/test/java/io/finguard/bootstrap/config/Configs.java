package io.finguard.bootstrap.config;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;

/** Reads a configuration in a test and insists on the expected outcome, showing the other one when it differs. */
final class Configs {
    private Configs() {
    }

    static FinGuardConfig valid(Map<String, String> env, Mode mode) {
        return switch (ConfigReader.read(env, mode)) {
            case Validated.Valid<FinGuardConfig> valid -> valid.value();
            case Validated.Invalid<FinGuardConfig> invalid -> fail("expected a valid config, got " + invalid.problems());
        };
    }

    static List<String> problems(Map<String, String> env, Mode mode) {
        return switch (ConfigReader.read(env, mode)) {
            case Validated.Valid<FinGuardConfig> valid -> fail("expected problems, got a valid config " + valid.value());
            case Validated.Invalid<FinGuardConfig> invalid -> invalid.problems();
        };
    }
}
