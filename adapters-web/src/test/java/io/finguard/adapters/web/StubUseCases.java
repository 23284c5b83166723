package io.finguard.adapters.web;

import io.finguard.domain.port.in.AdmitOperator;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.in.CheckDpopProof;
import io.finguard.domain.port.in.ForgetDevice;
import io.finguard.domain.port.in.ListDevices;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.StepUpWithPasskey;
import io.finguard.domain.port.in.BeginPasskeyStepUp;
import io.finguard.domain.port.in.RemovePasskey;
import io.finguard.domain.port.in.ListPasskeys;
import io.finguard.domain.port.in.RegisterPasskey;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.in.ChangeAccountStatus;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.port.in.CheckReadiness;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.DecideReview;
import io.finguard.domain.port.in.CompleteRecovery;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.DecideRecovery;
import io.finguard.domain.port.in.FinGuardUseCases;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.finguard.domain.port.in.RequestRecovery;
import io.finguard.domain.port.in.ViewRecovery;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.in.EndUserSessions;
import io.finguard.domain.port.in.ListSessions;
import io.finguard.domain.port.in.CheckClientAssertion;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.port.in.RevokeToken;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.ReadAuditLog;
import io.finguard.domain.port.in.ListDeadEvents;
import io.finguard.domain.port.in.RedeliverEvent;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.ReleaseNumber;
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
final class StubUseCases implements FinGuardUseCases {
    final StubAuthenticate authenticate = new StubAuthenticate();
    volatile RequestOtp requestOtp;
    volatile VerifyOtp verifyOtp;
    volatile ViewSignup viewSignup;
    volatile SetCredentials setCredentials;
    volatile CompleteProfile completeProfile;
    volatile SubmitSignup submitSignup;
    volatile StepUp stepUp;
    volatile ReleaseNumber releaseNumber;
    volatile RefreshSession refreshSession;
    volatile Logout logout;
    volatile ListSessions listSessions;
    volatile EndSession endSession;
    volatile EndUserSessions endUserSessions;
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
    volatile ListDeadEvents listDeadEvents;
    volatile RedeliverEvent redeliverEvent;
    volatile CheckReadiness checkReadiness;
    volatile AdmitOperator admitOperator;
    volatile RequestPhoneChange requestPhoneChange;
    volatile ConfirmPhoneChange confirmPhoneChange;
    volatile RequestRecovery requestRecovery;
    volatile ViewRecovery viewRecovery;
    volatile CompleteRecovery completeRecovery;
    volatile DecideRecovery decideRecovery;
    volatile CheckDpopProof checkDpopProof;
    volatile ListDevices listDevices;
    volatile ForgetDevice forgetDevice;
    volatile IntrospectToken introspectToken;
    volatile RevokeToken revokeToken;
    volatile CheckClientAssertion checkClientAssertion;
    volatile BeginPasskeyRegistration beginPasskeyRegistration;
    volatile RegisterPasskey registerPasskey;
    volatile ListPasskeys listPasskeys;
    volatile RemovePasskey removePasskey;
    volatile BeginPasskeyStepUp beginPasskeyStepUp;
    volatile StepUpWithPasskey stepUpWithPasskey;
    volatile io.finguard.domain.port.in.ConfirmAuthorization confirmAuthorization;
    volatile io.finguard.domain.port.in.ManageTrustedPayees manageTrustedPayees;
    volatile io.finguard.domain.port.in.RequestAuthorizationSms requestAuthorizationSms;

    StubUseCases() {
        reset();
    }

    void reset() {
        checkDpopProof = c -> unexpected("checkDpopProof");
        listDevices = u -> unexpected("listDevices");
        forgetDevice = c -> unexpected("forgetDevice");
        introspectToken = t -> unexpected("introspectToken");
        checkClientAssertion = c -> unexpected("checkClientAssertion");
        revokeToken = t -> unexpected("revokeToken");
        requestOtp = c -> unexpected("requestOtp");
        requestPhoneChange = c -> unexpected("requestPhoneChange");
        confirmPhoneChange = c -> unexpected("confirmPhoneChange");
        requestRecovery = c -> unexpected("requestRecovery");
        viewRecovery = c -> unexpected("viewRecovery");
        completeRecovery = c -> unexpected("completeRecovery");
        decideRecovery = c -> unexpected("decideRecovery");
        verifyOtp = c -> unexpected("verifyOtp");
        viewSignup = c -> unexpected("viewSignup");
        setCredentials = c -> unexpected("setCredentials");
        completeProfile = c -> unexpected("completeProfile");
        submitSignup = c -> unexpected("submitSignup");
        stepUp = c -> unexpected("stepUp");
        releaseNumber = c -> unexpected("releaseNumber");
        refreshSession = c -> unexpected("refreshSession");
        logout = c -> unexpected("logout");
        listSessions = c -> unexpected("listSessions");
        endSession = c -> unexpected("endSession");
        endUserSessions = c -> unexpected("endUserSessions");
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
        listDeadEvents = limit -> unexpected("listDeadEvents");
        redeliverEvent = id -> unexpected("redeliverEvent");
        checkReadiness = () -> Map.of("postgres", true, "redis", true);
        admitOperator = command -> command.credentialValid() ? new AdmitOperator.Result.Admitted()
                : new AdmitOperator.Result.Unauthenticated();
        beginPasskeyRegistration = c -> unexpected("beginPasskeyRegistration");
        registerPasskey = c -> unexpected("registerPasskey");
        listPasskeys = c -> unexpected("listPasskeys");
        removePasskey = c -> unexpected("removePasskey");
        beginPasskeyStepUp = c -> unexpected("beginPasskeyStepUp");
        stepUpWithPasskey = c -> unexpected("stepUpWithPasskey");
        authenticate.accessTokens.clear();
        authenticate.signupTickets.clear();
        authenticate.stepUpTickets.clear();
        authenticate.releaseTickets.clear();
    }

    /** The readiness check the API is given next to the use cases; it reads the field on every call. */
    CheckReadiness readiness() {
        return () -> checkReadiness.check();
    }

    // Each in-port reads its field on every call, so a test can swap a stub after the API has been built.

    @Override
    public RequestOtp requestOtp() {
        return c -> requestOtp.request(c);
    }

    @Override
    public VerifyOtp verifyOtp() {
        return c -> verifyOtp.verify(c);
    }

    @Override
    public ViewSignup viewSignup() {
        return id -> viewSignup.view(id);
    }

    @Override
    public SetCredentials setCredentials() {
        return c -> setCredentials.set(c);
    }

    @Override
    public CompleteProfile completeProfile() {
        return c -> completeProfile.complete(c);
    }

    @Override
    public SubmitSignup submitSignup() {
        return c -> submitSignup.submit(c);
    }

    @Override
    public StepUp stepUp() {
        return c -> stepUp.stepUp(c);
    }

    @Override
    public ReleaseNumber releaseNumber() {
        return c -> releaseNumber.release(c);
    }

    @Override
    public RefreshSession refreshSession() {
        return c -> refreshSession.refresh(c);
    }

    @Override
    public Logout logout() {
        return c -> logout.logout(c);
    }

    @Override
    public ListSessions listSessions() {
        return c -> listSessions.list(c);
    }

    @Override
    public EndSession endSession() {
        return c -> endSession.end(c);
    }

    @Override
    public EndUserSessions endUserSessions() {
        return c -> endUserSessions.end(c);
    }

    @Override
    public ViewMe viewMe() {
        return user -> viewMe.view(user);
    }

    @Override
    public ChangeCredentials changeCredentials() {
        return c -> changeCredentials.change(c);
    }

    @Override
    public SubmitKyc submitKyc() {
        return c -> submitKyc.submit(c);
    }

    @Override
    public RecordKycDecision recordKycDecision() {
        return c -> recordKycDecision.record(c);
    }

    @Override
    public CreateTransfer createTransfer() {
        return c -> createTransfer.create(c);
    }

    @Override
    public FundAccount fundAccount() {
        return c -> fundAccount.fund(c);
    }

    @Override
    public ChangeAccountStatus changeAccountStatus() {
        return c -> changeAccountStatus.change(c);
    }

    @Override
    public BlockUser blockUser() {
        return c -> blockUser.change(c);
    }

    @Override
    public DecideReview decideReview() {
        return new DecideReview() {
            @Override
            public Result decide(Command command) {
                return decideReview.apply(command);
            }

            @Override
            public List<SignupView> waiting(int limit) {
                return waitingReviews.apply(limit);
            }
        };
    }

    @Override
    public ReadAuditLog readAuditLog() {
        return (subject, limit) -> readAuditLog.read(subject, limit);
    }

    @Override
    public ListDeadEvents listDeadEvents() {
        return limit -> listDeadEvents.list(limit);
    }

    @Override
    public RedeliverEvent redeliverEvent() {
        return id -> redeliverEvent.redeliver(id);
    }

    @Override
    public AdmitOperator admitOperator() {
        return c -> admitOperator.admit(c);
    }

    @Override
    public Authenticate authenticate() {
        return authenticate;
    }

    @Override
    public RequestPhoneChange requestPhoneChange() {
        return c -> requestPhoneChange.request(c);
    }

    @Override
    public ConfirmPhoneChange confirmPhoneChange() {
        return c -> confirmPhoneChange.confirm(c);
    }

    @Override
    public RequestRecovery requestRecovery() {
        return c -> requestRecovery.request(c);
    }

    @Override
    public ViewRecovery viewRecovery() {
        return c -> viewRecovery.view(c);
    }

    @Override
    public CompleteRecovery completeRecovery() {
        return c -> completeRecovery.complete(c);
    }

    @Override
    public DecideRecovery decideRecovery() {
        return c -> decideRecovery.decide(c);
    }

    @Override
    public CheckDpopProof checkDpopProof() {
        return c -> checkDpopProof.check(c);
    }

    @Override
    public ListDevices listDevices() {
        return u -> listDevices.devices(u);
    }

    @Override
    public ForgetDevice forgetDevice() {
        return c -> forgetDevice.forget(c);
    }

    private static <T> T unexpected(String name) {
        throw new AssertionError("use case " + name + " was not expected to be called");
    }

    @Override
    public IntrospectToken introspectToken() {
        return t -> introspectToken.introspect(t);
    }

    @Override
    public RevokeToken revokeToken() {
        return t -> revokeToken.revoke(t);
    }

    @Override
    public CheckClientAssertion checkClientAssertion() {
        return c -> checkClientAssertion.check(c);
    }

    @Override
    public BeginPasskeyRegistration beginPasskeyRegistration() {
        return c -> beginPasskeyRegistration.begin(c);
    }

    @Override
    public RegisterPasskey registerPasskey() {
        return c -> registerPasskey.register(c);
    }

    @Override
    public ListPasskeys listPasskeys() {
        return c -> listPasskeys.list(c);
    }

    @Override
    public RemovePasskey removePasskey() {
        return c -> removePasskey.remove(c);
    }

    @Override
    public BeginPasskeyStepUp beginPasskeyStepUp() {
        return c -> beginPasskeyStepUp.begin(c);
    }

    @Override
    public StepUpWithPasskey stepUpWithPasskey() {
        return c -> stepUpWithPasskey.stepUp(c);
    }

    @Override
    public io.finguard.domain.port.in.ConfirmAuthorization confirmAuthorization() {
        return c -> confirmAuthorization.confirm(c);
    }

    @Override
    public io.finguard.domain.port.in.ManageTrustedPayees manageTrustedPayees() {
        return new io.finguard.domain.port.in.ManageTrustedPayees() {
            @Override
            public java.util.List<io.finguard.domain.txauth.TrustedPayee> list(io.finguard.domain.token.AccessClaims caller) {
                return manageTrustedPayees.list(caller);
            }

            @Override
            public AddResult add(io.finguard.domain.token.AccessClaims caller, String payeePhone) {
                return manageTrustedPayees.add(caller, payeePhone);
            }

            @Override
            public boolean remove(io.finguard.domain.token.AccessClaims caller, java.util.UUID id) {
                return manageTrustedPayees.remove(caller, id);
            }
        };
    }

    @Override
    public io.finguard.domain.port.in.RequestAuthorizationSms requestAuthorizationSms() {
        return c -> requestAuthorizationSms.request(c);
    }
}
