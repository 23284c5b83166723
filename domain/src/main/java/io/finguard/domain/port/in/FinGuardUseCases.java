package io.finguard.domain.port.in;

/**
 * Every in-port the outside world calls (the HTTP API, an embedding host), one method each; the application's
 * use-case factory implements it. Readiness is not a use case: whoever knows the infrastructure supplies it.
 */
public interface FinGuardUseCases {

    RequestOtp requestOtp();

    VerifyOtp verifyOtp();

    ViewSignup viewSignup();

    SetCredentials setCredentials();

    CompleteProfile completeProfile();

    SubmitSignup submitSignup();

    StepUp stepUp();

    ReleaseNumber releaseNumber();

    RefreshSession refreshSession();

    Logout logout();

    ListSessions listSessions();

    EndSession endSession();

    EndUserSessions endUserSessions();

    ViewMe viewMe();

    ChangeCredentials changeCredentials();

    SubmitKyc submitKyc();

    RecordKycDecision recordKycDecision();

    CreateTransfer createTransfer();

    FundAccount fundAccount();

    ChangeAccountStatus changeAccountStatus();

    BlockUser blockUser();

    DecideReview decideReview();

    ReadAuditLog readAuditLog();

    ListDeadEvents listDeadEvents();

    RedeliverEvent redeliverEvent();

    AdmitOperator admitOperator();

    Authenticate authenticate();

    RequestPhoneChange requestPhoneChange();

    ConfirmPhoneChange confirmPhoneChange();

    RequestRecovery requestRecovery();

    ViewRecovery viewRecovery();

    CompleteRecovery completeRecovery();

    DecideRecovery decideRecovery();

    CheckDpopProof checkDpopProof();

    ListDevices listDevices();

    ForgetDevice forgetDevice();

    IntrospectToken introspectToken();

    RevokeToken revokeToken();

    CheckClientAssertion checkClientAssertion();

    BeginPasskeyRegistration beginPasskeyRegistration();

    RegisterPasskey registerPasskey();

    ListPasskeys listPasskeys();

    RemovePasskey removePasskey();

    BeginPasskeyStepUp beginPasskeyStepUp();

    StepUpWithPasskey stepUpWithPasskey();

    ConfirmAuthorization confirmAuthorization();

    ManageTrustedPayees manageTrustedPayees();

    RequestAuthorizationSms requestAuthorizationSms();
}
