package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemoryCodeSealer;
import io.finguard.domain.fixtures.InMemoryCommonPasswords;
import io.finguard.domain.fixtures.InMemoryDpopProofs;
import io.finguard.domain.fixtures.InMemoryClientAssertions;
import io.finguard.domain.fixtures.InMemorySeenProofs;
import io.finguard.domain.fixtures.InMemoryOtpCodes;
import io.finguard.domain.fixtures.InMemoryPersistence;
import io.finguard.domain.fixtures.InMemoryPinTags;
import io.finguard.domain.fixtures.InMemorySimSwapCheck;
import io.finguard.domain.fixtures.InMemoryRateLimiter;
import io.finguard.domain.fixtures.InMemoryRefreshTokens;
import io.finguard.domain.fixtures.InMemoryRevokedSessions;
import io.finguard.domain.fixtures.InMemorySecretHasher;
import io.finguard.domain.fixtures.InMemoryTokenIssuer;
import io.finguard.domain.fixtures.InMemoryWebAuthnCeremonies;
import io.finguard.domain.fixtures.MutableClock;
import io.finguard.domain.fixtures.RecordingOtpSender;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.RiskRules;
import io.finguard.domain.policy.StepUpPolicy;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.UserId;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.session.SessionPolicy;
import io.finguard.domain.signup.Address;
import io.finguard.domain.session.SessionLimit;
import io.finguard.domain.signup.Profile;
import io.finguard.domain.policy.CoolingOff;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The use cases wired to in-memory out-ports (crypto included: the twins of the domain test-jar, whose contract
 * tests the real adapters pass too) and a clock the test moves; plus the steps of the journeys, so scenario
 * tests read as the journeys themselves.
 */
final class Harness {
    static final String PASSWORD = "correct horse battery staple";
    static final String PIN = "739184";
    static final String CURRENCY = "EUR";
    /** The relying party the passkey ceremonies answer to. */
    static final String RP_ID = "localhost";
    static final String ORIGIN = "http://localhost:8080";

    final MutableClock clock = MutableClock.startingAt("2026-03-02T10:00:00Z");
    final InMemoryPersistence db = new InMemoryPersistence();
    final InMemoryRateLimiter limiter;
    final RecordingOtpSender sms = new RecordingOtpSender();
    final InMemoryCodeSealer sealer = new InMemoryCodeSealer();
    final InMemoryTokenIssuer tokens = new InMemoryTokenIssuer();
    final InMemoryOtpCodes codes = new InMemoryOtpCodes();
    final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    final InMemoryRevokedSessions revoked = new InMemoryRevokedSessions(db.transactions());
    final InMemoryDpopProofs dpopProofs = new InMemoryDpopProofs(Duration.ofSeconds(60), Duration.ofMinutes(5));
    final InMemorySeenProofs seenProofs = new InMemorySeenProofs(clock);
    final InMemoryClientAssertions clientAssertions = new InMemoryClientAssertions();
    final InMemorySimSwapCheck simSwap = new InMemorySimSwapCheck(clock);
    final ServiceSettings settings;
    SecretHasher hasher;
    /** What the use cases count with: {@link #limiter} unless a test put a wrapper around it. */
    RateLimiter rateLimiter;
    FinGuardServices app;
    SessionLimit sessionLimit = SessionLimit.defaults();

    Harness() {
        this(RateLimits.defaults());
    }

    Harness(RateLimits limits) {
        this.limiter = new InMemoryRateLimiter(limits, clock);
        this.rateLimiter = limiter;
        this.settings = new ServiceSettings(OtpPolicy.defaults(List.of("+49", "+44", "+1")), SessionPolicy.defaults(),
                Duration.ofHours(24), Duration.ofHours(1), Duration.ofMinutes(5), 3, TierPolicy.defaults(CURRENCY),
                limits.resendCooldown());
        useHasher(new InMemorySecretHasher());
    }

    /** Rebuilds the use cases over the same stores with another hasher. */
    void useHasher(SecretHasher next) {
        this.hasher = next;
        rebuild();
    }

    /** Rebuilds the use cases over the same stores with another session cap. */
    void useSessionLimit(SessionLimit next) {
        this.sessionLimit = next;
        rebuild();
    }

    /** Rebuilds the use cases over the same stores with another rate limiter (e.g. one that fails on a call). */
    void useRateLimiter(RateLimiter next) {
        this.rateLimiter = next;
        rebuild();
    }

    private void rebuild() {
        OutPorts ports = new OutPorts(db.transactions(), db.otpChallenges(), db.preUsers(), db.users(), db.accounts(),
                db.sessions(), db.auditLog(), db.outbox(), db.kycSubmissions(), db.ledger(), rateLimiter, hasher,
                new InMemoryPinTags(), codes, sealer, tokens, refreshTokens, new StubKycProvider(UUID::randomUUID),
                new RulesRiskEngine(RiskRules.defaults(List.of("+4470"))), new InMemoryCommonPasswords(), UUID::randomUUID, clock,
                db.knownKeys(), dpopProofs, seenProofs, clientAssertions, revoked,
                new PasskeyPorts(db.passkeys(), db.passkeyChallenges(), new InMemoryWebAuthnCeremonies(RP_ID, Set.of(ORIGIN))),
                db.userActivity(), simSwap, db.events(), db.accountOverviews(), db.sessionSnapshots());
        this.app = new FinGuardServices(ports, settings, StepUpPolicy.defaults(), new PhoneLifecycle(db.phoneChanges(),
                db.recoveries(), db.notices(), CoolingOff.defaults(), PhoneLifecycle.DEFAULT_RECOVERY_LIFETIME), sessionLimit,
                new io.finguard.application.txauth.PaymentAuthPorts(db.authorizations(), db.trustedPayees(), db.lowValueTallies(),
                        io.finguard.domain.txauth.ScaExemptions.defaults(), io.finguard.application.txauth.PaymentAuthPorts.DEFAULT_LIFETIME));
    }

    static ClientAddress ip(String address) {
        return new ClientAddress(address);
    }

    // ---- entry (steps 1-4) ----

    /**
     * A person takes a while between codes: the clock moves 101 s first, so journeys stay inside the resend
     * cooldown (30 s) and the burst cap (3 per 5 min) as a real client would.
     */
    RequestOtp.Result.Sent requestCode(String phone) {
        clock.advance(Duration.ofSeconds(101));
        RequestOtp.Result result = app.requestOtp().request(new RequestOtp.Command(phone, Optional.empty(), ip("203.0.113.7")));
        assertThat(result).isInstanceOf(RequestOtp.Result.Sent.class);
        db.outbox().dispatch(new SealedCodeCourier(sealer, sms), 10, clock.instant());
        return (RequestOtp.Result.Sent) result;
    }

    OtpCode lastCode(String phone) {
        return sms.lastCodeTo(PhoneNumber.of(phone)).orElseThrow();
    }

    VerifyOtp.Result verify(RequestOtp.Result.Sent sent, String code, String device) {
        return app.verifyOtp().verify(new VerifyOtp.Command(sent.challenge().toString(), code, ip("203.0.113.7"), device(device)));
    }

    /** {@code null} for a client that names no device. */
    static Optional<DeviceId> device(String device) {
        return Optional.ofNullable(device).map(DeviceId::new);
    }

    /** Proves the phone from a client holding this DPoP key (proven at the edge) and returns the login result. */
    LoginResult enterWithKey(String phone, String device, KeyThumbprint key) {
        RequestOtp.Result.Sent sent = requestCode(phone);
        VerifyOtp.Result result = app.verifyOtp().verify(new VerifyOtp.Command(sent.challenge().toString(),
                lastCode(phone).digits(), ip("203.0.113.7"), device(device), Optional.of(key)));
        assertThat(result).isInstanceOf(VerifyOtp.Result.Proven.class);
        return ((VerifyOtp.Result.Proven) result).login();
    }

    /**
     * A login that steps up with the PIN whenever asked (a new device always is): a session on {@code key}'s device
     * (which the step-up makes known), or an unbound one without a key.
     */
    LoginResult.Authenticated logInSteppingUp(String phone, Optional<KeyThumbprint> key) {
        LoginResult entered = key.isPresent() ? enterWithKey(phone, "phone-1", key.get()) : enter(phone, "phone-1");
        if (entered instanceof LoginResult.Authenticated done) {
            return done;
        }
        LoginResult.StepUpRequired asked = (LoginResult.StepUpRequired) entered;
        FlowTicket ticket = ((TokenCheck.Valid<FlowTicket>) app.authenticate().stepUpTicket(asked.ticket().value())).claims();
        StepUp.Result stepped = app.stepUp().stepUp(new StepUp.Command(
                new StepUp.Subject.ViaTicket(UserId.parse(ticket.subject()), Optional.empty()), AuthMethod.PIN, PIN,
                ip("203.0.113.7"), key));
        assertThat(stepped).isInstanceOf(StepUp.Result.SteppedUp.class);
        return ((StepUp.Result.SteppedUp) stepped).login();
    }

    /** Proves the phone and returns the login result. */
    LoginResult enter(String phone, String device) {
        RequestOtp.Result.Sent sent = requestCode(phone);
        VerifyOtp.Result result = verify(sent, lastCode(phone).digits(), device);
        assertThat(result).isInstanceOf(VerifyOtp.Result.Proven.class);
        return ((VerifyOtp.Result.Proven) result).login();
    }

    PreUserId signupId(LoginResult.OnboardingRequired onboarding) {
        TokenCheck<PreUserId> check = app.authenticate().signupTicket(onboarding.ticket().value());
        assertThat(check).isInstanceOf(TokenCheck.Valid.class);
        return ((TokenCheck.Valid<PreUserId>) check).claims();
    }

    static Profile adultProfile() {
        return new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1990, 5, 17)),
                new Address("1 Analytical Way", "", "London", "N1 9GU", "GB"));
    }

    /** The whole signup of an unknown phone, ending with the first session (LIMITED). */
    LoginResult.Authenticated signUp(String phone, String device) {
        LoginResult entered = enter(phone, device);
        assertThat(entered).isInstanceOf(LoginResult.OnboardingRequired.class);
        PreUserId id = signupId((LoginResult.OnboardingRequired) entered);
        assertThat(app.setCredentials().set(new SetCredentials.Command(id, PASSWORD, PIN, ip("203.0.113.7")))).isInstanceOf(SetCredentials.Result.Saved.class);
        assertThat(app.completeProfile().complete(new CompleteProfile.Command(id, adultProfile(), ip("203.0.113.7"))))
                .isInstanceOf(CompleteProfile.Result.Saved.class);
        SubmitSignup.Result submitted = app.submitSignup().submit(new SubmitSignup.Command(id, ip("203.0.113.7"), device(device)));
        assertThat(submitted).isInstanceOf(SubmitSignup.Result.Approved.class);
        return ((SubmitSignup.Result.Approved) submitted).login();
    }

    AccessClaims claims(SessionTokens tokens) {
        TokenCheck<AccessClaims> check = app.authenticate().accessToken(tokens.access().value());
        assertThat(check).isInstanceOf(TokenCheck.Valid.class);
        return ((TokenCheck.Valid<AccessClaims>) check).claims();
    }

    /**
     * A transfer as a client makes it under PSD2: asked once; when it needs strong authentication, its authorisation is
     * confirmed with the PIN and the transfer repeated with it. Any other first answer is returned as it is.
     */
    io.finguard.domain.port.in.CreateTransfer.Result payAuthorised(AccessClaims payer, String key, String to, Money amount) {
        var create = app.createTransfer();
        var first = create.create(new io.finguard.domain.port.in.CreateTransfer.Command(payer, key, to, amount));
        if (!(first instanceof io.finguard.domain.port.in.CreateTransfer.Result.ScaRequired required)) {
            return first;
        }
        var id = required.authorization().id();
        var confirmed = app.confirmAuthorization().confirm(new io.finguard.domain.port.in.ConfirmAuthorization.Command(payer, id,
                new io.finguard.domain.port.in.ConfirmAuthorization.Factor.Secret(AuthMethod.PIN, PIN)));
        if (!(confirmed instanceof io.finguard.domain.port.in.ConfirmAuthorization.Result.Confirmed)) {
            throw new AssertionError("authorisation not confirmed: " + confirmed);
        }
        return create.create(new io.finguard.domain.port.in.CreateTransfer.Command(payer, key, to, amount, Optional.of(id)));
    }

    static Money eur(long minor) {
        return Money.of(minor, CURRENCY);
    }
}
