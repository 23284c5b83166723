package io.finguard.application.signup;

import io.finguard.domain.port.in.SignupStep;
import io.finguard.domain.port.in.SignupView;
import io.finguard.domain.signup.PreUser;

/** How a signup state reads to its owner: status and next step. */
public final class SignupViews {
    private SignupViews() {
    }

    public static SignupView of(PreUser preUser) {
        SignupStep next = switch (preUser) {
            case PreUser.Created c -> SignupStep.SET_CREDENTIALS;
            case PreUser.CredentialsSet c -> SignupStep.COMPLETE_PROFILE;
            case PreUser.ProfileCompleted p -> SignupStep.SUBMIT;
            case PreUser.UnderReview r -> SignupStep.WAIT_FOR_REVIEW;
            case PreUser.Converted c -> SignupStep.LOG_IN;
            case PreUser.Rejected r -> SignupStep.NONE;
            case PreUser.Expired e -> SignupStep.NONE;
        };
        return new SignupView(preUser.facts().id(), preUser.status(), next);
    }
}
