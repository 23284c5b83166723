package io.finguard.bootstrap.config;

import io.finguard.domain.model.OtpCode;
import java.util.Objects;
import java.util.Optional;

/** Shortcuts only {@code dev} may use; in {@code serve} they are always off. */
public record DevSwitches(Optional<OtpCode> fixedOtpCode) {
    public static final DevSwitches NONE = new DevSwitches(Optional.empty());

    public DevSwitches {
        Objects.requireNonNull(fixedOtpCode, "fixedOtpCode");
    }
}
