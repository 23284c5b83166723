package io.finguard.adapters.web;

import io.finguard.domain.port.in.SignupView;

/** A signup as its owner sees it: {signupId, status, nextStep}. */
record SignupBody(String signupId, String status, String nextStep) {

    static SignupBody of(SignupView view) {
        return new SignupBody(view.id().toString(), view.status().name(), view.nextStep().name());
    }
}
