package io.finguard.adapters.web;

import io.finguard.domain.port.in.AdmitOperator;
import io.finguard.domain.port.in.Authenticate;
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
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.port.in.ViewSignup;
import java.util.Objects;

/** Every in-port the HTTP API calls; bootstrap binds each to its application service. */
public record UseCases(
        RequestOtp requestOtp,
        VerifyOtp verifyOtp,
        ViewSignup viewSignup,
        SetCredentials setCredentials,
        CompleteProfile completeProfile,
        SubmitSignup submitSignup,
        StepUp stepUp,
        RefreshSession refreshSession,
        Logout logout,
        ViewMe viewMe,
        ChangeCredentials changeCredentials,
        SubmitKyc submitKyc,
        RecordKycDecision recordKycDecision,
        CreateTransfer createTransfer,
        FundAccount fundAccount,
        ChangeAccountStatus changeAccountStatus,
        BlockUser blockUser,
        DecideReview decideReview,
        ReadAuditLog readAuditLog,
        Authenticate authenticate,
        CheckReadiness checkReadiness,
        AdmitOperator admitOperator) {

    public UseCases {
        Objects.requireNonNull(requestOtp, "requestOtp");
        Objects.requireNonNull(verifyOtp, "verifyOtp");
        Objects.requireNonNull(viewSignup, "viewSignup");
        Objects.requireNonNull(setCredentials, "setCredentials");
        Objects.requireNonNull(completeProfile, "completeProfile");
        Objects.requireNonNull(submitSignup, "submitSignup");
        Objects.requireNonNull(stepUp, "stepUp");
        Objects.requireNonNull(refreshSession, "refreshSession");
        Objects.requireNonNull(logout, "logout");
        Objects.requireNonNull(viewMe, "viewMe");
        Objects.requireNonNull(changeCredentials, "changeCredentials");
        Objects.requireNonNull(submitKyc, "submitKyc");
        Objects.requireNonNull(recordKycDecision, "recordKycDecision");
        Objects.requireNonNull(createTransfer, "createTransfer");
        Objects.requireNonNull(fundAccount, "fundAccount");
        Objects.requireNonNull(changeAccountStatus, "changeAccountStatus");
        Objects.requireNonNull(blockUser, "blockUser");
        Objects.requireNonNull(decideReview, "decideReview");
        Objects.requireNonNull(readAuditLog, "readAuditLog");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(checkReadiness, "checkReadiness");
        Objects.requireNonNull(admitOperator, "admitOperator");
    }
}
