package io.finguard.bootstrap.config;

import java.util.List;
import java.util.Objects;

/** E.164 prefixes codes may be sent to (SMS-pumping defence), and prefixes the risk rules reject. */
public record PhoneSettings(List<String> allowedPrefixes, List<String> denylistedPrefixes) {
    public PhoneSettings {
        allowedPrefixes = List.copyOf(Objects.requireNonNull(allowedPrefixes, "allowedPrefixes"));
        denylistedPrefixes = List.copyOf(Objects.requireNonNull(denylistedPrefixes, "denylistedPrefixes"));
    }
}
