package io.finguard.bootstrap.race;

import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.finguard.adapters.persistence.DataSourceConfig;
import io.finguard.adapters.persistence.DataSources;
import io.finguard.adapters.crypto.passkey.RelyingParty;
import io.finguard.adapters.crypto.passkey.WebAuthn4jCeremonies;
import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.PostgresPersistence;
import io.finguard.adapters.persistence.revocation.PostgresRevokedSessions;
import io.finguard.adapters.persistence.revocation.RevocationChannelConfig;
import io.finguard.adapters.redis.RedisKeys;
import io.finguard.adapters.redis.RedisRateLimiter;
import io.finguard.application.FinGuardServices;
import io.finguard.application.OutPorts;
import io.finguard.application.PasskeyPorts;
import io.finguard.application.PhoneLifecycle;
import io.finguard.domain.policy.CoolingOff;
import io.finguard.application.RulesRiskEngine;
import io.finguard.application.ServiceSettings;
import io.finguard.application.StubKycProvider;
import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.fixtures.InMemoryCodeSealer;
import io.finguard.domain.fixtures.InMemoryCommonPasswords;
import io.finguard.domain.fixtures.InMemorySimSwapCheck;
import io.finguard.domain.fixtures.InMemoryOtpCodes;
import io.finguard.domain.fixtures.InMemoryPinTags;
import io.finguard.domain.fixtures.InMemoryRefreshTokens;
import io.finguard.domain.fixtures.InMemorySecretHasher;
import io.finguard.domain.fixtures.InMemoryTokenIssuer;
import io.finguard.domain.fixtures.MutableClock;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.RiskRules;
import io.finguard.domain.policy.StepUpPolicy;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.FinGuardUseCases;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.session.SessionLimit;
import io.finguard.domain.session.SessionPolicy;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Profile;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's use cases built as the composition root builds them ({@link UseCases}) over the real PostgreSQL
 * adapter on the {@link RaceDatabase} and the real Redis limiter (a key namespace of their own); hashing, codes and
 * tokens are the in-memory twins, since what races is the transaction, not the crypto. The clock stands still.
 * Plus the journeys the races start from, each step through a use case.
 */
final class RacingServices {
    static final String CURRENCY = "EUR";
    static final String PASSWORD = "correct horse battery staple";
    static final String PIN = "739184";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> PHONES_HANDED_OUT = ConcurrentHashMap.newKeySet();

    final MutableClock clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    final PostgresPersistence db = new PostgresPersistence(RaceDatabase.shared().pool(), OutboxRetry.defaults(),
            RaceDatabase.shared().phones());
    final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    final FinGuardUseCases app;

    /** With the limits of security.md. */
    RacingServices() {
        this(RateLimits.defaults());
    }

    /** Seals the codes of every racing service; the races read a code back from its outbox row through it. */
    private static final InMemoryCodeSealer SEALER = new InMemoryCodeSealer();

    RacingServices(RateLimits limits) {
        this(limits, SessionLimit.defaults());
    }

    /** With the limits of security.md and this session cap. */
    RacingServices(SessionLimit sessionLimit) {
        this(RateLimits.defaults(), sessionLimit);
    }

    RacingServices(RateLimits limits, SessionLimit sessionLimit) {
        Ids ids = UUID::randomUUID;
        byte[] subjectKey = new byte[32];
        RANDOM.nextBytes(subjectKey);
        RedisRateLimiter limiter = new RedisRateLimiter(RaceDatabase.shared().redis(), limits,
                new RedisKeys("fgrace:" + HexFormat.of().formatHex(subjectKey, 0, 6), subjectKey));
        OutPorts ports = new OutPorts(db.transactions(), db.otpChallenges(), db.preUsers(), db.users(), db.accounts(),
                db.sessions(), db.auditLog(), db.outbox(), db.kycSubmissions(), db.ledger(), limiter, new InMemorySecretHasher(),
                new InMemoryPinTags(), new InMemoryOtpCodes(), SEALER, new InMemoryTokenIssuer(), refreshTokens, new StubKycProvider(ids),
                new RulesRiskEngine(RiskRules.defaults(List.of())), new InMemoryCommonPasswords(), ids, clock, db.knownKeys(),
                new io.finguard.domain.fixtures.InMemoryDpopProofs(Duration.ofSeconds(60), Duration.ofMinutes(5)),
                new io.finguard.domain.fixtures.InMemorySeenProofs(clock), new io.finguard.domain.fixtures.InMemoryClientAssertions(),
                PostgresRevokedSessions.start(db.transactions(), listenerPool(RaceDatabase.shared().pool()),
                        RevocationChannelConfig.defaults(Duration.ofMinutes(10)), clock),
                new PasskeyPorts(db.passkeys(), db.passkeyChallenges(), new WebAuthn4jCeremonies(new RelyingParty("localhost",
                        Set.of("http://localhost")))),
                db.userActivity(), new InMemorySimSwapCheck(clock), db.events(), db.accountOverviews(), db.sessionSnapshots());
        ServiceSettings settings = new ServiceSettings(OtpPolicy.defaults(List.of("+49")), SessionPolicy.defaults(),
                Duration.ofHours(24), Duration.ofHours(1), Duration.ofMinutes(5), 3, TierPolicy.defaults(CURRENCY),
                limits.resendCooldown());
        this.app = new FinGuardServices(ports, settings, StepUpPolicy.defaults(), new PhoneLifecycle(db.phoneChanges(),
                db.recoveries(), db.notices(), CoolingOff.defaults(), PhoneLifecycle.DEFAULT_RECOVERY_LIFETIME), sessionLimit,
                new io.finguard.application.txauth.PaymentAuthPorts(db.authorizations(), db.trustedPayees(), db.lowValueTallies(),
                        io.finguard.domain.txauth.ScaExemptions.defaults(), io.finguard.application.txauth.PaymentAuthPorts.DEFAULT_LIFETIME));
    }

    /** The revocation channel's connection, apart from the pool the racing threads share. */
    private static HikariDataSource listenerPool(HikariDataSource racePool) {
        return DataSources.pooled(DataSourceConfig.of(racePool.getJdbcUrl(), Objects.toString(racePool.getUsername(), ""),
                Objects.toString(racePool.getPassword(), "")).withPoolSize(1, 0), "race-revocations");
    }

    /** A German mobile number no other race of this JVM uses. */
    static String freshPhone() {
        while (true) {
            String phone = "+49151" + String.format("%08d", RANDOM.nextInt(100_000_000));
            if (PHONES_HANDED_OUT.add(phone)) {
                return phone;
            }
        }
    }

    /** A client address of its own (its own /24 too), so per-client limits never pit racers against each other. */
    static ClientAddress freshClient() {
        return new ClientAddress("10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254)));
    }

    /** The device a member of this phone signs up on. */
    static String deviceOf(String phone) {
        return "device-" + phone.substring(1);
    }

    static Money eur(long minor) {
        return Money.of(minor, CURRENCY);
    }

    /** A code request that went out, and the code its SMS carries (read from the outbox, where it waits). */
    record Sent(ChallengeId challenge, String code) {
    }

    /** RequestOtp for the phone, from a client of its own. */
    RequestOtp.Result request(String phone) {
        return app.requestOtp().request(new RequestOtp.Command(phone, Optional.empty(), freshClient()));
    }

    /** RequestOtp for the phone; empty when the service refused to send. */
    Optional<Sent> requestCode(String phone) {
        return request(phone) instanceof RequestOtp.Result.Sent sent ? Optional.of(codeOf(sent)) : Optional.empty();
    }

    static Sent codeOf(RequestOtp.Result.Sent sent) {
        return codeOf(sent.challenge());
    }

    /** The code queued (sealed) in the outbox for a challenge of any purpose. */
    static Sent codeOf(ChallengeId challenge) {
        var row = RaceDatabase.shared().sql().selectFrom(OUTBOX).where(OUTBOX.CHALLENGE_ID.eq(challenge.value())).fetchSingle();
        PhoneNumber to = RaceDatabase.shared().phones().open(new Sealed(row.getPhoneKeyId(), row.getPhoneSealed()),
                new PhoneIndex(row.getPhoneIndex())).orElseThrow();
        OtpCode code = SEALER.open(new Sealed(row.getCodeKeyId(), row.getSealedCode()), row.getId(), challenge, to).orElseThrow();
        return new Sent(challenge, code.digits());
    }

    VerifyOtp.Result verify(Sent sent, String code, String device) {
        return app.verifyOtp().verify(new VerifyOtp.Command(sent.challenge().toString(), code, freshClient(), Optional.of(new DeviceId(device))));
    }

    /** The whole signup of a new phone (S1-S5) through the use cases: a LIMITED member's first session. */
    LoginResult.Authenticated signUp(String phone) {
        String device = deviceOf(phone);
        Sent sent = requestCode(phone).orElseThrow();
        VerifyOtp.Result proven = verify(sent, sent.code(), device);
        assertThat(proven).isInstanceOf(VerifyOtp.Result.Proven.class);
        LoginResult.OnboardingRequired onboarding = (LoginResult.OnboardingRequired) ((VerifyOtp.Result.Proven) proven).login();
        PreUserId signup = valid(app.authenticate().signupTicket(onboarding.ticket().value()));
        assertThat(app.setCredentials().set(new SetCredentials.Command(signup, PASSWORD, PIN, freshClient())))
                .isInstanceOf(SetCredentials.Result.Saved.class);
        Profile adult = new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1990, 5, 17)),
                new Address("Teststrasse 1", "", "Berlin", "10115", "DE"));
        assertThat(app.completeProfile().complete(new CompleteProfile.Command(signup, adult, freshClient())))
                .isInstanceOf(CompleteProfile.Result.Saved.class);
        SubmitSignup.Result submitted = app.submitSignup().submit(new SubmitSignup.Command(signup, freshClient(), Optional.of(new DeviceId(device))));
        assertThat(submitted).isInstanceOf(SubmitSignup.Result.Approved.class);
        return ((SubmitSignup.Result.Approved) submitted).login();
    }

    /** A new member at FULL tier (KYC verified), stepped up with the PIN just now and funded: the claims to send money with. */
    AccessClaims fundedSender(String phone, long minor) {
        LoginResult.Authenticated first = signUp(phone);
        AccessClaims limited = claims(first.tokens());
        SubmitKyc.Result kyc = app.submitKyc().submit(new SubmitKyc.Command(limited.subject(),
                new KycDocuments("passport", "X" + HexFormat.of().toHexDigits(RANDOM.nextInt()))));
        assertThat(kyc).isInstanceOf(SubmitKyc.Result.Submitted.class);
        assertThat(app.recordKycDecision().record(new RecordKycDecision.Command(((SubmitKyc.Result.Submitted) kyc).reference(), true)))
                .isInstanceOf(RecordKycDecision.Result.Recorded.class);
        RefreshSession.Result refreshed = app.refreshSession().refresh(new RefreshSession.Command(first.tokens().refresh().value()));
        assertThat(refreshed).isInstanceOf(RefreshSession.Result.Refreshed.class);
        AccessClaims full = claims(((RefreshSession.Result.Refreshed) refreshed).tokens());
        StepUp.Result stepped = app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(full.subject(), full.session()),
                AuthMethod.PIN, PIN, freshClient()));
        assertThat(stepped).isInstanceOf(StepUp.Result.SteppedUp.class);
        if (minor > 0) {
            assertThat(app.fundAccount().fund(new FundAccount.Command(full.subject(), eur(minor))))
                    .isInstanceOf(FundAccount.Result.Funded.class);
        }
        return claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
    }

    AccessClaims claims(SessionTokens tokens) {
        return valid(app.authenticate().accessToken(tokens.access().value()));
    }

    private static <T> T valid(TokenCheck<T> check) {
        assertThat(check).isInstanceOf(TokenCheck.Valid.class);
        return ((TokenCheck.Valid<T>) check).claims();
    }
}
