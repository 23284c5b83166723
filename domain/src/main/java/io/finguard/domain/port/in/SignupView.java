package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.signup.PreUserStatus;
import java.util.Objects;

/** A signup as shown to its owner: where it stands and the next step. */
public record SignupView(PreUserId id, PreUserStatus status, SignupStep nextStep) {
    public SignupView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextStep, "nextStep");
    }
}
