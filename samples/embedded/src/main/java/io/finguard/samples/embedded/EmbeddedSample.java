package io.finguard.samples.embedded;

import io.finguard.adapters.crypto.credential.*;
import io.finguard.adapters.crypto.dpop.*;
import io.finguard.adapters.crypto.key.*;
import io.finguard.adapters.crypto.oauth.NimbusClientAssertions;
import io.finguard.adapters.crypto.otp.*;
import io.finguard.adapters.crypto.passkey.RelyingParty;
import io.finguard.adapters.crypto.passkey.WebAuthn4jCeremonies;
import io.finguard.adapters.crypto.token.*;
import io.finguard.application.*;
import io.finguard.application.txauth.PaymentAuthPorts;
import io.finguard.domain.txauth.ScaExemptions;
import io.finguard.domain.fixtures.*;
import io.finguard.domain.model.*;
import io.finguard.domain.policy.*;
import io.finguard.domain.port.in.*;
import io.finguard.domain.port.out.CodeSealer;
import io.finguard.domain.session.SessionPolicy;
import io.finguard.domain.signup.*;
import io.finguard.domain.token.*;
import java.security.SecureRandom;
import java.time.*;
import java.util.*;

/**
 * A JVM service embedding FinGuard's use cases: a signup and a login, no HTTP. The host brings its own business:
 * where codes go (its SMS gateway, an OtpSender: here an inbox), ids, secrets, and time (here a clock it moves
 * to let a day pass; in production {@code Clock.systemUTC()}). Crypto comes from adapters-crypto: a host should not
 * invent it. Storage and rate limits are the in-memory twins of the domain test-jar (io.finguard.domain.fixtures, so
 * that jar at compile scope); a real host plugs in adapters passing io.finguard.domain.contract. See docs/embedding.md.
 */
public final class EmbeddedSample {
    static final String PASSWORD = "correct horse battery staple", PIN = "739184";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final MutableClock clock = MutableClock.at(Instant.now());
    private final Map<PhoneNumber, OtpCode> inbox = new HashMap<>();
    private final InMemoryPersistence db = new InMemoryPersistence();
    private final CodeSealer sealer = new AesGcmCodeSealer(AesKeyRing.single("outbox-1", RANDOM.generateSeed(32)));
    final FinGuardUseCases app;

    /** What the journey ends with: the session the signup opened, and the one the next day's login earned. */
    public record Journey(LoginResult.Authenticated signup, LoginResult.Authenticated login) { }

    /** Wires the use cases; random keys stand in for the host's secret store (tokens die with the process). */
    public EmbeddedSample() {
        HmacKeyRing pepper = HmacKeyRing.single("pepper-1", RANDOM.generateSeed(32));
        OutPorts ports = new OutPorts(db.transactions(), db.otpChallenges(), db.preUsers(), db.users(), db.accounts(),
                db.sessions(), db.auditLog(), db.outbox(), db.kycSubmissions(), db.ledger(), new InMemoryRateLimiter(RateLimits.defaults(), clock),
                new Argon2SecretHasher(SecretHashingConfig.defaults(pepper)), new HmacPinTags(pepper),
                new HmacOtpCodes(OtpCodeConfig.defaults(HmacKeyRing.single("otp-1", RANDOM.generateSeed(32)))), sealer,
                new Es256TokenIssuer(TokenConfig.of("https://host.invalid", "host"), SigningKeyRing.of(SigningKey.generate())),
                new HmacRefreshTokens(new RefreshTokenConfig(RANDOM.generateSeed(32))), new StubKycProvider(UUID::randomUUID),
                new RulesRiskEngine(RiskRules.defaults(List.of())), new ShippedCommonPasswords(), UUID::randomUUID, clock,
                db.knownKeys(), new NimbusDpopProofs(DpopConfig.defaults(RANDOM.generateSeed(32))),
                new InMemorySeenProofs(clock), new NimbusClientAssertions(), new InMemoryRevokedSessions(db.transactions()),
                new PasskeyPorts(db.passkeys(), db.passkeyChallenges(),
                        new WebAuthn4jCeremonies(new RelyingParty("host.invalid", Set.of("https://host.invalid")))),
                db.userActivity(), new InMemorySimSwapCheck(clock), db.events(), db.accountOverviews(), db.sessionSnapshots());
        app = new FinGuardServices(ports, new ServiceSettings(OtpPolicy.defaults(List.of("+49", "+44")), SessionPolicy.defaults(),
                Duration.ofHours(24), Duration.ofHours(1), Duration.ofMinutes(5), 3, TierPolicy.defaults("EUR"),
                RateLimits.defaults().resendCooldown()), StepUpPolicy.defaults(), new PhoneLifecycle(db.phoneChanges(), db.recoveries(),
                db.notices(), CoolingOff.defaults(), PhoneLifecycle.DEFAULT_RECOVERY_LIFETIME),
                new PaymentAuthPorts(db.authorizations(), db.trustedPayees(), db.lowValueTallies(), ScaExemptions.defaults(),
                        PaymentAuthPorts.DEFAULT_LIFETIME));
    }

    /** Signup on a phone (OTP, credentials, profile, submit), then the next day a login on a new tablet with the PIN. */
    public Journey run(String phone) {
        var onboarding = expect(proveThePhone(phone, "phone-1"), LoginResult.OnboardingRequired.class);
        PreUserId signup = valid(app.authenticate().signupTicket(onboarding.ticket().value()));
        expect(app.setCredentials().set(new SetCredentials.Command(signup, PASSWORD, PIN, CLIENT)), SetCredentials.Result.Saved.class);
        var ada = new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1990, 5, 17)),
                new Address("1 Analytical Way", "", "London", "N1 9GU", "GB"));
        expect(app.completeProfile().complete(new CompleteProfile.Command(signup, ada, CLIENT)), CompleteProfile.Result.Saved.class);
        var submit = new SubmitSignup.Command(signup, CLIENT, Optional.of(new DeviceId("phone-1")));
        var approved = expect(app.submitSignup().submit(submit), SubmitSignup.Result.Approved.class);
        clock.advance(Duration.ofDays(1)); // the customer comes back the next day, on a new tablet
        var stepUp = expect(proveThePhone(phone, "tablet-2"), LoginResult.StepUpRequired.class);
        var user = UserId.parse(valid(app.authenticate().stepUpTicket(stepUp.ticket().value())).subject());
        var pin = new StepUp.Command(new StepUp.Subject.ViaTicket(user, Optional.of(new DeviceId("tablet-2"))), AuthMethod.PIN, PIN, CLIENT);
        return new Journey(approved.login(), expect(app.stepUp().stepUp(pin), StepUp.Result.SteppedUp.class).login());
    }

    private LoginResult proveThePhone(String phone, String device) {
        var sent = expect(app.requestOtp().request(new RequestOtp.Command(phone, Optional.empty(), CLIENT)), RequestOtp.Result.Sent.class);
        db.outbox().dispatch(new SealedCodeCourier(sealer, inbox::put), 10, clock.instant()); // the OtpSender; a real host dispatches on a schedule
        String code = inbox.get(PhoneNumber.of(phone)).digits();
        var verify = new VerifyOtp.Command(sent.challenge().toString(), code, CLIENT, Optional.of(new DeviceId(device)));
        return expect(app.verifyOtp().verify(verify), VerifyOtp.Result.Proven.class).login();
    }

    /** Results are sealed: a host switches over every variant (docs/embedding.md); this happy path stops at any other. */
    private static <T> T expect(Object result, Class<T> wanted) {
        if (wanted.isInstance(result)) return wanted.cast(result);
        throw new IllegalStateException("expected " + wanted.getSimpleName() + ", got " + result);
    }

    private static <C> C valid(TokenCheck<C> ticket) {
        return switch (ticket) {
            case TokenCheck.Valid<C> valid -> valid.claims();
            case TokenCheck.Invalid<C> invalid -> throw new IllegalStateException("ticket refused: " + invalid.reason());
        };
    }

    /** Runs the journey and prints where each session stands. */
    public static void main(String[] args) {
        Journey journey = new EmbeddedSample().run("+4915112345678");
        System.out.printf("signed up: %s at %s; logged in again: %s at %s%n", journey.signup().tier(),
                journey.signup().tokens().acr(), journey.login().tier(), journey.login().tokens().acr());
    }
}
