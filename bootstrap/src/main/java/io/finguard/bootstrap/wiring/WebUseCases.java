package io.finguard.bootstrap.wiring;

import io.finguard.application.UseCases;
import io.finguard.domain.port.in.CheckReadiness;

/** Binds each in-port the HTTP API calls to its application service. */
final class WebUseCases {
    private WebUseCases() {
    }

    static io.finguard.adapters.web.UseCases of(UseCases app, CheckReadiness readiness) {
        return new io.finguard.adapters.web.UseCases(app.requestOtp(), app.verifyOtp(), app.viewSignup(), app.setCredentials(),
                app.completeProfile(), app.submitSignup(), app.stepUp(), app.refreshSession(), app.logout(), app.viewMe(),
                app.changeCredentials(),
                app.submitKyc(), app.recordKycDecision(), app.createTransfer(), app.fundAccount(),
                app.changeAccountStatus(), app.blockUser(),
                app.decideReview(), app.readAuditLog(), app.authenticate(), readiness, app.admitOperator());
    }
}
