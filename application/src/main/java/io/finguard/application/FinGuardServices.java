package io.finguard.application;

import io.finguard.application.account.ChangeAccountStatusService;
import io.finguard.application.account.CreateTransferService;
import io.finguard.application.account.FundAccountService;
import io.finguard.application.account.RecordKycDecisionService;
import io.finguard.application.account.SubmitKycService;
import io.finguard.application.account.ViewMeService;
import io.finguard.application.oauth.CheckClientAssertionService;
import io.finguard.application.oauth.IntrospectTokenService;
import io.finguard.application.oauth.RevokeTokenService;
import io.finguard.application.operator.AdmitOperatorService;
import io.finguard.application.operator.BlockUserService;
import io.finguard.application.operator.EndUserSessionsService;
import io.finguard.application.operator.ReadAuditLogService;
import io.finguard.application.otp.PhoneParser;
import io.finguard.application.phone.Dormancy;
import io.finguard.application.phone.ReleaseNumberService;
import io.finguard.application.phone.SimSwapGuard;
import io.finguard.application.otp.RequestOtpService;
import io.finguard.application.otp.VerifyOtpService;
import io.finguard.application.phone.CompleteRecoveryService;
import io.finguard.application.phone.ConfirmPhoneChangeService;
import io.finguard.application.phone.DecideRecoveryService;
import io.finguard.application.phone.PhoneMove;
import io.finguard.application.phone.RequestPhoneChangeService;
import io.finguard.application.phone.RequestRecoveryService;
import io.finguard.application.phone.ViewRecoveryService;
import io.finguard.domain.port.in.CompleteRecovery;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.DecideRecovery;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.finguard.domain.port.in.RequestRecovery;
import io.finguard.domain.port.in.ViewRecovery;
import io.finguard.application.passkey.BeginPasskeyRegistrationService;
import io.finguard.application.passkey.BeginPasskeyStepUpService;
import io.finguard.application.passkey.ListPasskeysService;
import io.finguard.application.passkey.PasskeyAssertionCheck;
import io.finguard.application.passkey.PasskeyStepUpService;
import io.finguard.application.passkey.RegisterPasskeyService;
import io.finguard.application.passkey.RemovePasskeyService;
import io.finguard.application.passkey.ServerChallenges;
import io.finguard.application.session.AuthenticateService;
import io.finguard.application.session.VerifiedAccessTokens;
import io.finguard.application.session.ChangeCredentialsService;
import io.finguard.application.session.EndSessionService;
import io.finguard.application.session.ListSessionsService;
import io.finguard.application.session.LiveSession;
import io.finguard.application.session.CheckDpopProofService;
import io.finguard.application.session.ForgetDeviceService;
import io.finguard.application.session.ListDevicesService;
import io.finguard.application.session.LoginFlow;
import io.finguard.application.session.LogoutService;
import io.finguard.application.session.RefreshSessionService;
import io.finguard.application.session.SessionIssuer;
import io.finguard.application.session.SessionRevoker;
import io.finguard.application.session.StepUpService;
import io.finguard.application.session.Tickets;
import io.finguard.application.signup.CompleteProfileService;
import io.finguard.application.signup.Conversion;
import io.finguard.application.signup.DecideReviewService;
import io.finguard.application.signup.SetCredentialsService;
import io.finguard.application.signup.SignupSteps;
import io.finguard.application.signup.SignupViews;
import io.finguard.application.signup.SubmitSignupService;
import io.finguard.application.txauth.ConfirmAuthorizationService;
import io.finguard.application.txauth.ManageTrustedPayeesService;
import io.finguard.application.txauth.PaymentAuthPorts;
import io.finguard.application.txauth.RequestAuthorizationSmsService;
import io.finguard.application.txauth.ScaGate;
import io.finguard.application.txauth.TransactionCodes;
import io.finguard.domain.port.in.RequestAuthorizationSms;
import io.finguard.domain.port.in.ConfirmAuthorization;
import io.finguard.domain.port.in.ManageTrustedPayees;
import io.finguard.domain.passkey.PasskeyRules;
import io.finguard.domain.policy.DepositRules;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.policy.PasswordPolicy;
import io.finguard.domain.policy.PinPolicy;
import io.finguard.domain.policy.StepUpFreshness;
import io.finguard.domain.policy.StepUpPolicy;
import io.finguard.domain.policy.TransferRules;
import io.finguard.domain.session.SessionLimit;
import io.finguard.domain.port.in.AdmitOperator;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.in.BeginPasskeyStepUp;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.ChangeAccountStatus;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.DecideReview;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.in.EndUserSessions;
import io.finguard.domain.port.in.FinGuardUseCases;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.ListSessions;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.port.in.RevokeToken;
import io.finguard.domain.port.in.ListPasskeys;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.ReadAuditLog;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.RegisterPasskey;
import io.finguard.domain.port.in.ListDeadEvents;
import io.finguard.domain.port.in.RedeliverEvent;
import io.finguard.application.operator.DeadEventsService;
import io.finguard.domain.port.in.RemovePasskey;
import io.finguard.domain.port.in.ReleaseNumber;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.StepUpWithPasskey;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.port.in.ViewSignup;
import io.finguard.domain.port.in.CheckClientAssertion;
import io.finguard.domain.port.in.CheckDpopProof;
import io.finguard.domain.port.in.ForgetDevice;
import io.finguard.domain.port.in.ListDevices;
import io.finguard.domain.port.out.PasskeyAssertions;

/**
 * The use cases built from the out-ports: one small factory method per use case (each call builds the service anew),
 * shared pieces (login flow, session issuer, signup steps) made once. Embedding services and the composition root use this.
 */
public final class FinGuardServices implements FinGuardUseCases {
    private final OutPorts ports;
    private final ServiceSettings settings;
    private final LoginPolicy loginPolicy;
    private final Auditor auditor;
    private final SessionIssuer sessionIssuer;
    private final Tickets tickets;
    private final SignupSteps signupSteps;
    private final Conversion conversion;
    private final SessionRevoker revoker;
    private final LiveSession liveSession;
    private final PhoneLifecycle phone;
    private final PhoneMove phoneMove;
    private final Dormancy dormancy;
    private final SimSwapGuard simSwapGuard;
    private final PaymentAuthPorts payments;
    private final VerifiedAccessTokens verifiedTokens;

    /** The use cases with the default session cap and the default SIM-swap and dormancy numbers. */
    public FinGuardServices(OutPorts ports, ServiceSettings settings, StepUpPolicy stepUpPolicy, PhoneLifecycle phone,
                            PaymentAuthPorts payments) {
        this(ports, settings, stepUpPolicy, phone, SessionLimit.defaults(), PhoneSignalSettings.defaults(), payments);
    }

    /** The use cases with the default SIM-swap and dormancy numbers ({@link PhoneSignalSettings#defaults()}). */
    public FinGuardServices(OutPorts ports, ServiceSettings settings, StepUpPolicy stepUpPolicy, PhoneLifecycle phone,
                            SessionLimit sessionLimit, PaymentAuthPorts payments) {
        this(ports, settings, stepUpPolicy, phone, sessionLimit, PhoneSignalSettings.defaults(), payments);
    }

    public FinGuardServices(OutPorts ports, ServiceSettings settings, StepUpPolicy stepUpPolicy, PhoneLifecycle phone,
                            SessionLimit sessionLimit, PhoneSignalSettings phoneSignals, PaymentAuthPorts payments) {
        this.ports = ports;
        this.payments = payments;
        this.settings = settings;
        this.loginPolicy = new LoginPolicy(settings.tiers(), stepUpPolicy);
        this.auditor = new Auditor(ports.auditLog(), ports.events(), ports.ids(), ports.clock());
        this.revoker = new SessionRevoker(ports.sessions(), ports.revokedSessions(), auditor, ports.clock());
        this.sessionIssuer = new SessionIssuer(ports.sessions(), ports.users(), ports.tokens(), ports.refreshTokens(), ports.ids(),
                ports.clock(), settings.sessions(), sessionLimit, auditor, ports.userActivity(), revoker);
        this.tickets = new Tickets(ports.tokens(), ports.ids(), ports.clock());
        this.signupSteps = new SignupSteps(ports.preUsers(), ports.clock());
        this.conversion = new Conversion(ports.users(), ports.accounts(), ports.ids(), ports.clock(), settings, auditor);
        this.liveSession = new LiveSession(ports.users(), ports.sessions(), ports.sessionSnapshots());
        this.phone = phone;
        this.phoneMove = new PhoneMove(ports.users(), ports.sessions(), revoker, phone.notices(), phone.coolingOff(), auditor, ports.ids(),
                ports.clock());
        this.dormancy = new Dormancy(ports.userActivity(), phoneSignals.policy(), ports.clock());
        this.verifiedTokens = new VerifiedAccessTokens(ports.tokens(), ports.clock(), VerifiedAccessTokens.DEFAULT_CAPACITY);
        this.simSwapGuard = new SimSwapGuard(ports.simSwapCheck(), phoneSignals.policy(), ports.clock(), phoneSignals.simSwapCacheTtl(),
                phoneSignals.simSwapCacheSize());
    }

    /**
     * The SIM-swap check as one reusable component: ask it with a proven phone ({@code assess}), refuse a PIN or hold
     * money on what it answers ({@link io.finguard.domain.policy.PhoneSignals}), and audit with {@code SimSwapGuard.audit}.
     */
    public SimSwapGuard simSwapGuard() {
        return simSwapGuard;
    }

    @Override
    public RequestOtp requestOtp() {
        return new RequestOtpService(new PhoneParser(settings.otp()), ports.rateLimiter(), ports.transactions(), ports.challenges(),
                ports.otpCodes(), ports.codeSealer(), ports.outbox(), auditor, ports.ids(), ports.clock(), settings);
    }

    @Override
    public VerifyOtp verifyOtp() {
        return new VerifyOtpService(ports.transactions(), ports.challenges(), ports.otpCodes(), ports.rateLimiter(), loginFlow(), auditor,
                ports.clock());
    }

    @Override
    public ReleaseNumber releaseNumber() {
        return new ReleaseNumberService(ports.transactions(), ports.users(), dormancy, revoker, loginFlow(), auditor, ports.clock());
    }

    private LoginFlow loginFlow() {
        return new LoginFlow(ports.users(), ports.accounts(), ports.preUsers(), ports.knownKeys(), signupSteps, loginPolicy,
                sessionIssuer, tickets, ports.ids(), ports.clock(), settings, auditor, dormancy, simSwapGuard);
    }

    @Override
    public ViewSignup viewSignup() {
        return id -> ports.transactions().inTransaction(() -> signupSteps.current(id)
                .<ViewSignup.Result>map(p -> new ViewSignup.Result.Found(SignupViews.of(p)))
                .orElseGet(ViewSignup.Result.NotFound::new));
    }

    @Override
    public SetCredentials setCredentials() {
        return new SetCredentialsService(ports.transactions(), signupSteps, ports.hasher(), ports.pinTags(), ports.rateLimiter(),
                PasswordPolicy.defaults(ports.commonPasswords()), new PinPolicy(), auditor, ports.clock());
    }

    @Override
    public ChangeCredentials changeCredentials() {
        return new ChangeCredentialsService(ports.transactions(), liveSession, ports.users(), ports.hasher(), ports.rateLimiter(),
                PasswordPolicy.defaults(ports.commonPasswords()), new PinPolicy(), StepUpFreshness.defaults(), revoker, auditor,
                ports.clock());
    }

    @Override
    public CompleteProfile completeProfile() {
        return new CompleteProfileService(ports.transactions(), signupSteps, ports.pinTags(), ports.rateLimiter(), auditor,
                ports.clock());
    }

    @Override
    public SubmitSignup submitSignup() {
        return new SubmitSignupService(ports.transactions(), signupSteps, ports.risk(), conversion, sessionIssuer, loginPolicy,
                auditor, ports.ids(), ports.clock());
    }

    @Override
    public StepUp stepUp() {
        return new StepUpService(ports.transactions(), liveSession, ports.users(), ports.accounts(), revoker, ports.hasher(),
                ports.rateLimiter(), sessionIssuer, loginPolicy, auditor, ports.clock(), ports.knownKeys(), dormancy, simSwapGuard);
    }

    @Override
    public RefreshSession refreshSession() {
        return new RefreshSessionService(ports.transactions(), ports.sessions(), ports.accountOverviews(),
                ports.refreshTokens(), sessionIssuer, revoker, loginPolicy, settings.sessions(), auditor, ports.clock(),
                ports.knownKeys());
    }

    @Override
    public Logout logout() {
        return new LogoutService(ports.transactions(), ports.sessions(), revoker, auditor);
    }

    @Override
    public ListSessions listSessions() {
        return new ListSessionsService(ports.transactions(), ports.users(), ports.sessions(), settings.sessions(), ports.clock());
    }

    @Override
    public EndSession endSession() {
        return new EndSessionService(ports.transactions(), liveSession, ports.users(), ports.sessions(), settings.sessions(), auditor,
                ports.clock());
    }

    @Override
    public EndUserSessions endUserSessions() {
        return new EndUserSessionsService(ports.transactions(), ports.users(), ports.sessions(), settings.sessions(), auditor,
                ports.clock());
    }

    @Override
    public ViewMe viewMe() {
        return new ViewMeService(ports.accountOverviews(), settings.tiers(), phone.coolingOff(), ports.clock());
    }

    @Override
    public SubmitKyc submitKyc() {
        return new SubmitKycService(ports.transactions(), ports.accounts(), ports.kycSubmissions(), ports.kycProvider(),
                settings.maxKycSubmissions(), auditor, ports.clock());
    }

    @Override
    public RecordKycDecision recordKycDecision() {
        return new RecordKycDecisionService(ports.transactions(), ports.accounts(), ports.kycSubmissions(), auditor, ports.clock());
    }

    @Override
    public CreateTransfer createTransfer() {
        return new CreateTransferService(ports.transactions(), liveSession, ports.users(), ports.accounts(), ports.ledger(),
                TransferRules.defaults(settings.tiers()), phone.coolingOff(), ports.rateLimiter(), auditor, ports.ids(), ports.clock(),
                simSwapGuard, new ScaGate(payments, ports.ledger(), auditor, ports.ids(), ports.clock()));
    }

    @Override
    public ConfirmAuthorization confirmAuthorization() {
        return new ConfirmAuthorizationService(ports.transactions(), ports.users(), payments.authorizations(), ports.hasher(),
                ports.rateLimiter(), passkeyAssertions(), transactionCodes(), auditor, ports.clock());
    }

    @Override
    public RequestAuthorizationSms requestAuthorizationSms() {
        return new RequestAuthorizationSmsService(ports.transactions(), ports.users(), payments.authorizations(), transactionCodes(),
                ports.rateLimiter(), auditor, ports.clock());
    }

    private TransactionCodes transactionCodes() {
        return new TransactionCodes(ports.challenges(), ports.otpCodes(), ports.codeSealer(), ports.outbox(), settings.otp(),
                ports.ids(), ports.clock());
    }

    @Override
    public ManageTrustedPayees manageTrustedPayees() {
        return new ManageTrustedPayeesService(ports.transactions(), liveSession, ports.users(), ports.accounts(), payments.trustedPayees(),
                StepUpFreshness.defaults(), auditor, ports.ids(), ports.clock());
    }

    @Override
    public FundAccount fundAccount() {
        return new FundAccountService(ports.transactions(), ports.accounts(), ports.ledger(), new DepositRules(settings.tiers()),
                auditor, ports.clock());
    }

    @Override
    public ChangeAccountStatus changeAccountStatus() {
        return new ChangeAccountStatusService(ports.transactions(), ports.users(), ports.accounts(), revoker, auditor, ports.clock());
    }

    @Override
    public BlockUser blockUser() {
        return new BlockUserService(ports.transactions(), ports.users(), revoker, auditor, ports.clock());
    }

    @Override
    public DecideReview decideReview() {
        return new DecideReviewService(ports.transactions(), ports.preUsers(), signupSteps, conversion, auditor, ports.ids(),
                ports.clock());
    }

    @Override
    public ReadAuditLog readAuditLog() {
        return new ReadAuditLogService(ports.transactions(), ports.auditLog());
    }

    @Override
    public ListDeadEvents listDeadEvents() {
        return deadEvents();
    }

    @Override
    public RedeliverEvent redeliverEvent() {
        return deadEvents();
    }

    private DeadEventsService deadEvents() {
        return new DeadEventsService(ports.transactions(), ports.events(), auditor, ports.clock());
    }

    @Override
    public AdmitOperator admitOperator() {
        return new AdmitOperatorService(ports.transactions(), ports.rateLimiter(), auditor);
    }

    @Override
    public Authenticate authenticate() {
        return new AuthenticateService(ports.tokens(), verifiedTokens, ports.revokedSessions(), ports.transactions(), ports.sessions(),
                ports.clock());
    }

    @Override
    public RequestPhoneChange requestPhoneChange() {
        return new RequestPhoneChangeService(new PhoneParser(settings.otp()), StepUpFreshness.defaults(), ports.rateLimiter(),
                ports.transactions(), liveSession, ports.users(), ports.preUsers(), ports.challenges(), phone.changes(),
                ports.otpCodes(), ports.codeSealer(), ports.outbox(), auditor, ports.ids(), ports.clock(), settings);
    }

    @Override
    public ConfirmPhoneChange confirmPhoneChange() {
        return new ConfirmPhoneChangeService(ports.transactions(), liveSession, phone.changes(), ports.challenges(), ports.otpCodes(),
                ports.rateLimiter(), phoneMove, auditor, ports.clock(), ports.users(), simSwapGuard);
    }

    @Override
    public RequestRecovery requestRecovery() {
        return new RequestRecoveryService(new PhoneParser(settings.otp()), ports.rateLimiter(), ports.transactions(), ports.preUsers(),
                ports.users(), phone.recoveries(), ports.hasher(), ports.kycProvider(), auditor, ports.ids(), ports.clock(),
                phone.recoveryLifetime(), simSwapGuard);
    }

    @Override
    public ViewRecovery viewRecovery() {
        return new ViewRecoveryService(ports.transactions(), ports.preUsers(), phone.recoveries(), ports.clock());
    }

    @Override
    public CompleteRecovery completeRecovery() {
        return new CompleteRecoveryService(ports.transactions(), ports.preUsers(), ports.users(), phone.recoveries(), phoneMove,
                auditor, ports.clock());
    }

    @Override
    public DecideRecovery decideRecovery() {
        return new DecideRecoveryService(ports.transactions(), phone.recoveries(), auditor, ports.clock());
    }

    @Override
    public CheckDpopProof checkDpopProof() {
        return new CheckDpopProofService(ports.dpopProofs(), ports.seenProofs(), ports.clock());
    }

    @Override
    public ListDevices listDevices() {
        return new ListDevicesService(ports.transactions(), ports.knownKeys());
    }

    @Override
    public ForgetDevice forgetDevice() {
        return new ForgetDeviceService(ports.transactions(), ports.knownKeys(), ports.sessions(), revoker, auditor);
    }

    @Override
    public IntrospectToken introspectToken() {
        return new IntrospectTokenService(authenticate(), liveSession);
    }

    @Override
    public RevokeToken revokeToken() {
        return new RevokeTokenService(ports.transactions(), ports.sessions(), ports.refreshTokens(), authenticate(), revoker,
                auditor);
    }

    @Override
    public CheckClientAssertion checkClientAssertion() {
        return new CheckClientAssertionService(ports.clientAssertions(), ports.seenProofs(), ports.clock());
    }

    @Override
    public BeginPasskeyRegistration beginPasskeyRegistration() {
        return new BeginPasskeyRegistrationService(ports.transactions(), liveSession, ports.passkeys().passkeys(), serverChallenges(),
                PasskeyRules.defaults(), StepUpFreshness.defaults(), ports.clock());
    }

    @Override
    public RegisterPasskey registerPasskey() {
        return new RegisterPasskeyService(ports.transactions(), liveSession, ports.passkeys().passkeys(), serverChallenges(),
                ports.passkeys().ceremonies(), PasskeyRules.defaults(), StepUpFreshness.defaults(), auditor, ports.ids(), ports.clock());
    }

    @Override
    public ListPasskeys listPasskeys() {
        return new ListPasskeysService(ports.transactions(), liveSession, ports.passkeys().passkeys());
    }

    @Override
    public RemovePasskey removePasskey() {
        return new RemovePasskeyService(ports.transactions(), liveSession, ports.passkeys().passkeys(), StepUpFreshness.defaults(),
                auditor, ports.clock());
    }

    @Override
    public BeginPasskeyStepUp beginPasskeyStepUp() {
        return new BeginPasskeyStepUpService(ports.transactions(), ports.users(), ports.passkeys().passkeys(), serverChallenges(),
                PasskeyRules.defaults());
    }

    @Override
    public StepUpWithPasskey stepUpWithPasskey() {
        return new PasskeyStepUpService(ports.transactions(), ports.users(), ports.accounts(), revoker, liveSession,
                serverChallenges(), passkeyAssertions(), sessionIssuer, loginPolicy, auditor, ports.clock(), ports.knownKeys());
    }

    /**
     * Whether one of a user's passkeys signed a given challenge (a transaction's digest, say), for use cases that
     * take a passkey as their factor; runs inside the caller's transaction.
     */
    public PasskeyAssertions passkeyAssertions() {
        return new PasskeyAssertionCheck(ports.passkeys().passkeys(), ports.passkeys().ceremonies(), ports.clock());
    }

    private ServerChallenges serverChallenges() {
        return new ServerChallenges(ports.passkeys().challenges(), PasskeyRules.defaults(), ports.clock());
    }
}
