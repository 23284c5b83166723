package io.finguard.adapters.web;

import io.finguard.domain.port.in.AdmitOperator;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.ChangeAccountStatus;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.port.in.CheckReadiness;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.DecideReview;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.ReadAuditLog;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.SignupView;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.port.in.ViewSignup;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Test doubles of the use cases: each is a replaceable lambda returning a canned sealed result. Unset ones fail
 * the test, so a route that calls the wrong use case is caught.
 */
final class StubUseCases {
    final StubAuthenticate authenticate = new StubAuthenticate();
    volatile RequestOtp requestOtp;
    volatile VerifyOtp verifyOtp;
    volatile ViewSignup viewSignup;
    volatile SetCredentials setCredentials;
    volatile CompleteProfile completeProfile;
    volatile SubmitSignup submitSignup;
    volatile StepUp stepUp;
    volatile RefreshSession refreshSession;
    volatile Logout logout;
    volatile ViewMe viewMe;
    volatile ChangeCredentials changeCredentials;
    volatile SubmitKyc submitKyc;
    volatile RecordKycDecision recordKycDecision;
    volatile CreateTransfer createTransfer;
    volatile FundAccount fundAccount;
    volatile ChangeAccountStatus changeAccountStatus;
    volatile BlockUser blockUser;
    volatile Function<DecideReview.Command, DecideReview.Result> decideReview;
    volatile IntFunction<List<SignupView>> waitingReviews;
    volatile ReadAuditLog readAuditLog;
    volatile CheckReadiness checkReadiness;
    volatile AdmitOperator admitOperator;

    StubUseCases() {
        reset();
    }

    void reset() {
        requestOtp = c -> unexpected("requestOtp");
        verifyOtp = c -> unexpected("verifyOtp");
        viewSignup = c -> unexpected("viewSignup");
        setCredentials = c -> unexpected("setCredentials");
        completeProfile = c -> unexpected("completeProfile");
        submitSignup = c -> unexpected("submitSignup");
        stepUp = c -> unexpected("stepUp");
        refreshSession = c -> unexpected("refreshSession");
        logout = c -> unexpected("logout");
        viewMe = c -> unexpected("viewMe");
        changeCredentials = c -> unexpected("changeCredentials");
        submitKyc = c -> unexpected("submitKyc");
        recordKycDecision = c -> unexpected("recordKycDecision");
        createTransfer = c -> unexpected("createTransfer");
        fundAccount = c -> unexpected("fundAccount");
        changeAccountStatus = c -> unexpected("changeAccountStatus");
        blockUser = c -> unexpected("blockUser");
        decideReview = c -> unexpected("decideReview");
        waitingReviews = limit -> unexpected("waitingReviews");
        readAuditLog = (subject, limit) -> unexpected("readAuditLog");
        checkReadiness = () -> Map.of("postgres", true, "redis", true);
        admitOperator = command -> command.credentialValid() ? new AdmitOperator.Result.Admitted()
                : new AdmitOperator.Result.Unauthenticated();
        authenticate.accessTokens.clear();
        authenticate.signupTickets.clear();
        authenticate.stepUpTickets.clear();
    }

    UseCases useCases() {
        return new UseCases(
                c -> requestOtp.request(c),
                c -> verifyOtp.verify(c),
                id -> viewSignup.view(id),
                c -> setCredentials.set(c),
                c -> completeProfile.complete(c),
                c -> submitSignup.submit(c),
                c -> stepUp.stepUp(c),
                c -> refreshSession.refresh(c),
                c -> logout.logout(c),
                user -> viewMe.view(user),
                c -> changeCredentials.change(c),
                c -> submitKyc.submit(c),
                c -> recordKycDecision.record(c),
                c -> createTransfer.create(c),
                c -> fundAccount.fund(c),
                c -> changeAccountStatus.change(c),
                c -> blockUser.change(c),
                new DecideReview() {
                    @Override
                    public Result decide(Command command) {
                        return decideReview.apply(command);
                    }

                    @Override
                    public List<SignupView> waiting(int limit) {
                        return waitingReviews.apply(limit);
                    }
                },
                (subject, limit) -> readAuditLog.read(subject, limit),
                authenticate,
                () -> checkReadiness.check(),
                c -> admitOperator.admit(c));
    }

    private static <T> T unexpected(String name) {
        throw new AssertionError("use case " + name + " was not expected to be called");
    }
}
