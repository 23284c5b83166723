package io.finguard.domain.model;

import java.util.Objects;

/**
 * A client-chosen, stable label of the device a session runs on; used to spot new devices. A client that names
 * no device has none ({@code Optional.empty()}): that is a new device, and nothing is stored for it.
 */
public record DeviceId(String value) {

    public DeviceId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("device id must be 1-64 characters of [A-Za-z0-9._:-]");
        }
    }
}
