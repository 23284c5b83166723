package io.finguard.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client-chosen, stable label of the device a session runs on; used to spot new devices. A client that names
 * no device has none ({@code Optional.empty()}): that is a new device, and nothing is stored for it.
 */
public record DeviceId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public DeviceId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("device id must be 1-64 characters of [A-Za-z0-9._:-]");
        }
    }
}
