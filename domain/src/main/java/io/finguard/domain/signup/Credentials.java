package io.finguard.domain.signup;

import io.finguard.domain.model.HashedSecret;
import java.util.Objects;

/** The hashed password and PIN a person chose; plaintext never reaches the domain state. */
public record Credentials(HashedSecret password, HashedSecret pin) {
    public Credentials {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(pin, "pin");
    }
}
