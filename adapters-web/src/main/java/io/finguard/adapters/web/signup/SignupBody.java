package io.finguard.adapters.web.signup;

import io.finguard.domain.port.in.SignupView;

/** A signup as its owner sees it: {signupId, status, nextStep}. */
public record SignupBody(String signupId, String status, String nextStep) {

    public static SignupBody of(SignupView view) {
        return new SignupBody(view.id().toString(), view.status().name(), view.nextStep().name());
    }
}
