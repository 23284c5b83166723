package io.finguard.bootstrap.dev;

import io.finguard.bootstrap.config.Setting;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings {@code finguard dev} runs with, weakest source first: local defaults, secrets generated under the
 * dev home, the embedded servers' addresses, then the caller's environment, then command-line options.
 */
public final class DevSettings {
    /** Dev prints codes to the console only, so every country code may receive one. */
    static final String ALL_COUNTRIES = "+1,+2,+3,+4,+5,+6,+7,+8,+9";
    static final String DEFAULT_PORT = "8080";

    private DevSettings() {
    }

    /**
     * @param infrastructure addresses of the embedded servers started for this run (empty entries are not set)
     * @param options        values from the command line, which win over everything
     */
    public static Map<String, String> assemble(Map<String, String> env, DevHome home,
            Map<String, String> infrastructure, Map<String, String> options) {
        SecureRandom random = new SecureRandom();
        DevSigningKey signingKey = DevSigningKey.loadOrCreate(home.signingKey());
        Map<String, String> settings = new HashMap<>();
        settings.put(Setting.AUDIENCE.key(), "finguard-api");
        settings.put(Setting.ALLOWED_COUNTRIES.key(), ALL_COUNTRIES);
        settings.put(Setting.SIGNING_KEY.key(), signingKey.pem());
        settings.put(Setting.SIGNING_KEY_ID.key(), signingKey.keyId());
        settings.putAll(DevSecrets.loadOrCreate(home.secrets(), random));
        settings.putAll(infrastructure);
        env.forEach((key, value) -> {
            // Blank counts as unset, as it does for serve; other variables (PATH, HOME ...) are not settings.
            if (key.startsWith(Setting.PREFIX) && !value.isBlank()) {
                settings.put(key, value);
            }
        });
        settings.putAll(options);
        String port = settings.getOrDefault(Setting.HTTP_PORT.key(), DEFAULT_PORT);
        settings.putIfAbsent(Setting.ISSUER.key(), "http://localhost:" + port);
        return Map.copyOf(settings);
    }
}
