package io.finguard.bootstrap.wiring;

import com.zaxxer.hikari.HikariDataSource;
import io.finguard.adapters.crypto.credential.Argon2Params;
import io.finguard.adapters.crypto.credential.Argon2SecretHasher;
import io.finguard.adapters.crypto.credential.HmacPinTags;
import io.finguard.adapters.crypto.credential.SecretHashingConfig;
import io.finguard.adapters.crypto.credential.ShippedCommonPasswords;
import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.adapters.crypto.key.VerificationKey;
import io.finguard.adapters.crypto.otp.AesGcmCodeSealer;
import io.finguard.adapters.crypto.otp.AesKeyRing;
import io.finguard.adapters.crypto.otp.HmacOtpCodes;
import io.finguard.adapters.crypto.otp.OtpCodeConfig;
import io.finguard.adapters.crypto.passkey.RelyingParty;
import io.finguard.adapters.crypto.phone.AesGcmPhoneVault;
import io.finguard.adapters.crypto.passkey.WebAuthn4jCeremonies;
import io.finguard.adapters.crypto.token.Es256TokenIssuer;
import io.finguard.adapters.crypto.token.HmacRefreshTokens;
import io.finguard.adapters.crypto.token.RefreshTokenConfig;
import io.finguard.adapters.crypto.token.TokenConfig;
import io.finguard.adapters.persistence.DataSourceConfig;
import io.finguard.adapters.persistence.DataSources;
import io.finguard.adapters.persistence.oauth.PostgresClientRegistry;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.port.out.ClientRegistry;
import io.finguard.domain.port.out.PhoneVault;
import java.util.function.Function;
import io.finguard.adapters.persistence.Migrations;
import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.PostgresPersistence;
import io.finguard.adapters.persistence.tx.AdvisoryLock;
import io.finguard.application.phone.ResealPhones;
import io.finguard.application.retention.PurgeEndedRecords;
import io.finguard.adapters.persistence.revocation.PostgresRevokedSessions;
import io.finguard.adapters.persistence.revocation.RevocationChannelConfig;
import io.finguard.adapters.redis.RedisConnection;
import io.finguard.adapters.telco.CamaraConfig;
import io.finguard.adapters.telco.CamaraSimSwapCheck;
import io.finguard.adapters.telco.StubSimSwapCheck;
import io.finguard.adapters.redis.RedisConnectionConfig;
import io.finguard.adapters.redis.RedisKeys;
import io.finguard.adapters.redis.RedisSeenProofs;
import io.finguard.adapters.crypto.dpop.DpopConfig;
import io.finguard.adapters.crypto.dpop.NimbusDpopProofs;
import io.finguard.adapters.crypto.oauth.NimbusClientAssertions;
import io.finguard.adapters.redis.RedisRateLimiter;
import io.finguard.adapters.web.LoadLimits;
import io.finguard.adapters.web.WebApi;
import io.finguard.adapters.web.WebConfig;
import io.finguard.adapters.web.oauth.OAuthSettings;
import io.finguard.application.FinGuardServices;
import io.finguard.application.OutPorts;
import io.finguard.application.PhoneLifecycle;
import io.finguard.application.txauth.PaymentAuthPorts;
import io.finguard.application.PasskeyPorts;
import io.finguard.application.PhoneSignalSettings;
import io.finguard.application.RulesRiskEngine;
import io.finguard.application.SealedCodeCourier;
import io.finguard.application.ServiceSettings;
import io.finguard.application.StubKycProvider;
import io.finguard.bootstrap.Application;
import io.finguard.bootstrap.Resources;
import io.finguard.bootstrap.RunningService;
import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.MigrationSettings;
import io.finguard.bootstrap.config.PhoneKeys;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.LoadSettings;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.PhoneLifecycleSettings;
import io.finguard.bootstrap.config.PhoneSignalConfig;
import io.finguard.bootstrap.config.PhoneSignalConfig.SimSwapProvider;
import io.finguard.bootstrap.config.RotatingSecret;
import io.finguard.bootstrap.config.WebhookSettings;
import java.net.URI;
import io.finguard.bootstrap.dev.ConsoleOtpSender;
import io.finguard.domain.policy.CoolingOff;
import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.RiskRules;
import io.finguard.domain.policy.PhoneSignalPolicy;
import io.finguard.domain.policy.StepUpPolicy;
import io.finguard.domain.port.out.SimSwapCheck;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.port.in.FinGuardUseCases;
import io.finguard.domain.port.out.CodeSealer;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.NoticeSender;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.OtpSender;
import io.finguard.domain.session.SessionLimit;
import io.finguard.domain.session.SessionPolicy;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that knows every module. Reads top to bottom as the service is built:
 * infrastructure, crypto, use cases, background jobs, HTTP. Closing the running service undoes it in reverse.
 * The clock and the rate limits come from the caller: production passes the system clock and the defaults of
 * security.md; tests pass a clock they move and windows they need not wait out.
 */
public final class FinGuardApplication implements Application {
    private static final Logger LOG = LoggerFactory.getLogger(FinGuardApplication.class);
    private static final Duration SIGNUP_LIFETIME = Duration.ofHours(24);
    private static final Duration SIGNUP_TICKET_TTL = Duration.ofHours(1);
    private static final Duration STEP_UP_TICKET_TTL = Duration.ofMinutes(5);
    private static final int MAX_KYC_SUBMISSIONS = 3;
    private static final int OTP_MAX_ATTEMPTS = 5;
    /** Names the hourly maintenance's advisory lock (purge, reseal), the same on every instance ("FGPURGE" in ASCII). */
    private static final long PURGE_LOCK_KEY = 0x46475055524745L;

    private final Clock clock;
    private final RateLimits limits;

    /**
     * {@code clock} is the time of every use case, token and background job; the Redis limits keep Redis's own
     * time (so all instances agree), which is why their windows are passed in rather than moved by the clock.
     */
    public FinGuardApplication(Clock clock, RateLimits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public void migrate(MigrationSettings migration) {
        try (HikariDataSource dataSource = DataSources.pooled(dataSourceConfig(migration.database()).withPoolSize(2, 0))) {
            Migrations.migrate(dataSource, phoneVault(migration.phoneKeys()));
        }
    }

    @Override
    public <T> T withClientRegistry(DatabaseSettings database, Function<ClientRegistry, T> work) {
        try (HikariDataSource dataSource = DataSources.pooled(dataSourceConfig(database).withPoolSize(2, 0))) {
            return work.apply(new PostgresClientRegistry(new JooqTransactions(dataSource), clock));
        }
    }

    @Override
    public RunningService start(FinGuardConfig config) {
        CryptoProviders.installFastest().ifPresent(why -> LOG.warn("the native crypto provider does not load on this "
                + "platform ({}): the JDK's providers sign and verify tokens, 4-8x slower", why.toString()));
        Ids ids = UUID::randomUUID;
        Resources resources = new Resources();
        try {
            HikariDataSource dataSource = resources.start(() -> DataSources.pooled(dataSourceConfig(config.database())));
            PostgresPersistence db = new PostgresPersistence(dataSource, OutboxRetry.defaults(), config.webhooks().names(),
                    eventRetry(config.webhooks()), phoneVault(config.keys().phoneKeys()));
            HikariDataSource listening = resources.start(() -> DataSources.pooled(
                    dataSourceConfig(config.database()).withPoolSize(1, 0), "finguard-revocations"));
            PostgresRevokedSessions revoked = resources.start(() -> PostgresRevokedSessions.start(db.transactions(), listening,
                    RevocationChannelConfig.defaults(config.tokens().accessTokenTtl()), clock));
            RedisConnection redis = resources.start(() -> RedisConnection.open(config.redis().url().toString(),
                    RedisConnectionConfig.defaults()));

            HmacKeyRing pepper = pepper(config);
            Argon2SecretHasher hasher = hasher(config, pepper);
            Es256TokenIssuer tokens = tokens(config);
            OtpCodes otpCodes = otpCodes(config);
            CodeSealer sealer = sealer(config);

            OutPorts ports = new OutPorts(db.transactions(), db.otpChallenges(), db.preUsers(), db.users(), db.accounts(),
                    db.sessions(), db.auditLog(), db.outbox(), db.kycSubmissions(), db.ledger(),
                    new RedisRateLimiter(redis, limits, RedisKeys.standard(config.keys().rateLimitKey().bytes())),
                    hasher, new HmacPinTags(pepper), otpCodes, sealer, tokens,
                    new HmacRefreshTokens(new RefreshTokenConfig(config.keys().refreshKey().bytes())),
                    new StubKycProvider(ids), new RulesRiskEngine(RiskRules.defaults(config.phones().denylistedPrefixes())),
                    new ShippedCommonPasswords(), ids, clock, db.knownKeys(),
                    new NimbusDpopProofs(DpopConfig.defaults(dpopNonceKey(config))), RedisSeenProofs.standard(redis),
                    new NimbusClientAssertions(),
                    revoked,
                    new PasskeyPorts(db.passkeys(), db.passkeyChallenges(), new WebAuthn4jCeremonies(relyingParty(config))),
                    db.userActivity(), simSwapCheck(config.phoneSignals()), db.events(), db.accountOverviews(), db.sessionSnapshots());
            PhoneLifecycle phone = new PhoneLifecycle(db.phoneChanges(), db.recoveries(), db.notices(),
                    new CoolingOff(config.phoneLifecycle().coolingOff()), config.phoneLifecycle().recoveryLifetime());
            FinGuardUseCases useCases = new FinGuardServices(ports, serviceSettings(config, limits), StepUpPolicy.defaults(), phone,
                    new SessionLimit(config.sessions().maxLivePerUser()), phoneSignals(config.phoneSignals()),
                    new PaymentAuthPorts(db.authorizations(), db.trustedPayees(), db.lowValueTallies(), config.scaExemptions(),
                            PaymentAuthPorts.DEFAULT_LIFETIME));

            BackgroundJobs jobs = resources.start(() -> new BackgroundJobs(db.outbox(), new SealedCodeCourier(sealer, otpSender(config)),
                    db.notices(), noticeSender(config), db.events(),
                    new CloudEventWebhooks(config.webhooks(), URI.create(config.tokens().issuer()), Clock.systemUTC()),
                    new PurgeEndedRecords(db.transactions(), db.endedRecords(), config.retention()),
                    new ResealPhones(db.transactions(), db.phoneReseals()),
                    new AdvisoryLock(dataSource, PURGE_LOCK_KEY), clock));
            jobs.start();

            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            WebApi web = new WebApi(useCases, new Readiness(dataSource, redis), webConfig(config, registry, hasher), clock,
                    loadLimits(config.load()),
                    new OAuthSettings(config.tokens().issuer(), config.tokens().audience(),
                            ClientSources.merge(config.clients(), new PostgresClientRegistry(db.transactions(), clock).all()),
                            OAuthSettings.DEFAULT_REQUESTS_PER_MINUTE));
            resources.start(() -> web::stop);
            web.start();
            return resources::close;
        } catch (RuntimeException e) {
            try {
                resources.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static RelyingParty relyingParty(FinGuardConfig config) {
        return new RelyingParty(config.webAuthn().rpId(), Set.copyOf(config.webAuthn().origins()));
    }

    /** The network that answers SIM-swap checks; with none configured, no swap is ever reported (said at start). */
    private SimSwapCheck simSwapCheck(PhoneSignalConfig settings) {
        return switch (settings.provider()) {
            case SimSwapProvider.None none -> {
                LOG.warn("no SIM-swap signal configured (FINGUARD_SIM_SWAP_PROVIDER=none): SIM swaps are not detected");
                yield StubSimSwapCheck.neverSwapped(clock);
            }
            case SimSwapProvider.Stub stub -> StubSimSwapCheck.parse(stub.answers(), clock);
            case SimSwapProvider.Camara camara -> new CamaraSimSwapCheck(new CamaraConfig(camara.apiRoot(), camara.tokenUrl(),
                    camara.clientId(), camara.clientSecret().text(), camara.scope(), camara.timeout(), camara.timeout(),
                    camara.breakerFailures(), camara.breakerOpenFor()), clock);
        };
    }

    private static PhoneSignalSettings phoneSignals(PhoneSignalConfig settings) {
        return new PhoneSignalSettings(new PhoneSignalPolicy(settings.dormancy(), settings.simSwapWindow()), settings.simSwapCacheTtl(),
                PhoneSignalSettings.defaults().simSwapCacheSize());
    }

    /**
     * The key of the DPoP server nonces, derived from the refresh-token key (HMAC-SHA256 with a purpose label) so every
     * instance shares it without one more secret to configure; a nonce reveals nothing of the refresh key.
     */
    private static byte[] dpopNonceKey(FinGuardConfig config) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(config.keys().refreshKey().bytes(), "HmacSHA256"));
            return mac.doFinal("finguard dpop nonce key v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    private static DataSourceConfig dataSourceConfig(DatabaseSettings database) {
        return DataSourceConfig.of(database.url(), database.user(), database.password().text())
                .withPoolSize(database.poolSize(), Math.min(2, database.poolSize()))
                .withStatementTimeout(database.statementTimeout());
    }

    /**
     * The password pepper, current and previous: the Argon2id input MAC and the key of the PIN tags (HmacPinTags) alike.
     */
    private static HmacKeyRing pepper(FinGuardConfig config) {
        return hmacRing(config.keys().passwordPepper());
    }

    private static Argon2SecretHasher hasher(FinGuardConfig config, HmacKeyRing pepper) {
        var hashing = config.hashing();
        Argon2SecretHasher hasher = new Argon2SecretHasher(new SecretHashingConfig(
                new Argon2Params(hashing.memoryKib(), hashing.iterations(), hashing.parallelism()), pepper,
                hashing.concurrency(), hashing.queueTimeout()));
        if (!hasher.runsNatively()) {
            LOG.warn("libargon2 does not load on this platform: Argon2id runs in pure Java ({}), about half as fast",
                    hasher.engineName());
        }
        return hasher;
    }

    private static Es256TokenIssuer tokens(FinGuardConfig config) {
        var t = config.tokens();
        List<VerificationKey> previous = t.previousKeys().stream().map(k -> new VerificationKey(k.keyId(), k.publicKey())).toList();
        SigningKeyRing ring = SigningKeyRing.of(new SigningKey(t.keyId(), t.privateKey(), t.publicKey()), previous);
        return new Es256TokenIssuer(TokenConfig.of(t.issuer(), t.audience()), ring);
    }

    private static OtpCodes otpCodes(FinGuardConfig config) {
        OtpCodes real = new HmacOtpCodes(new OtpCodeConfig(config.otp().length(), hmacRing(config.keys().otpKey())));
        return config.dev().fixedOtpCode().<OtpCodes>map(fixed -> new FixedOtpCodes(real, fixed)).orElse(real);
    }

    /** Previous keys join the ring so values they made still check; only the current key makes new ones. */
    private static HmacKeyRing hmacRing(RotatingSecret keys) {
        return HmacKeyRing.of(keys.current().id(), keys.bytesById());
    }

    /** Stored phone numbers: a blind index under the index key, sealed under the rotating phone key (docs/adr/0023). */
    private static PhoneVault phoneVault(PhoneKeys keys) {
        RotatingSecret seal = keys.sealKey();
        return new AesGcmPhoneVault(keys.indexKey().bytes(), AesKeyRing.of(seal.current().id(), seal.bytesById()));
    }

    private static CodeSealer sealer(FinGuardConfig config) {
        RotatingSecret keys = config.keys().outboxKey();
        return new AesGcmCodeSealer(AesKeyRing.of(keys.current().id(), keys.bytesById()));
    }

    /**
     * The webhook's signature timestamp is wall-clock time whatever clock the service runs on: the gateway compares it
     * with its own clock to refuse replays, so a service on a moved (test) clock must not sign in its own time.
     */
    private static OtpSender otpSender(FinGuardConfig config) {
        return config.sms().webhook().<OtpSender>map(webhook -> new WebhookOtpSender(webhook, Clock.systemUTC()))
                .orElseGet(() -> new ConsoleOtpSender(System.out));
    }

    /** Events are retried as codes are (1 s doubling to 60 s), dead after the configured number of sends. */
    private static OutboxRetry eventRetry(WebhookSettings webhooks) {
        OutboxRetry outbox = OutboxRetry.defaults();
        return new OutboxRetry(webhooks.maxAttempts(), outbox.firstDelay(), outbox.maxDelay());
    }

    /** Notices go to the same gateway as codes (without a code member); in dev to the console, phone masked. */
    private static NoticeSender noticeSender(FinGuardConfig config) {
        return config.sms().webhook().<NoticeSender>map(webhook -> new WebhookOtpSender(webhook, Clock.systemUTC()))
                .orElseGet(() -> notice -> System.out.println("[dev] notice for " + notice.to().masked() + ": " + notice.kind().text()));
    }

    private static ServiceSettings serviceSettings(FinGuardConfig config, RateLimits limits) {
        OtpPolicy otp = new OtpPolicy(config.otp().length(), config.otp().ttl(), OTP_MAX_ATTEMPTS, config.phones().allowedPrefixes());
        SessionPolicy defaults = SessionPolicy.defaults();
        SessionPolicy sessions = new SessionPolicy(config.tokens().accessTokenTtl(), defaults.graceWindow(), defaults.idleTimeout(),
                defaults.absoluteLifetime());
        return new ServiceSettings(otp, sessions, SIGNUP_LIFETIME, SIGNUP_TICKET_TTL, STEP_UP_TICKET_TTL, MAX_KYC_SUBMISSIONS,
                TierPolicy.defaults(config.currency()), limits.resendCooldown());
    }

    /** An overloaded instance tells clients to come back in a second: places free up within a request's time. */
    private static LoadLimits loadLimits(LoadSettings load) {
        return new LoadLimits(load.hashingInFlight(), load.databaseInFlight(), load.cheapInFlight(), load.queueTimeout(),
                Duration.ofSeconds(1));
    }

    private static WebConfig webConfig(FinGuardConfig config, PrometheusMeterRegistry registry, Argon2SecretHasher hasher) {
        return WebConfig.of(config.http().port(), WebConfig.sha256Hex(config.keys().adminToken().text()),
                        config.keys().kycCallbackKey().bytes(), registry, config.tokens().issuer())
                .withManagementPort(config.http().managementPort())
                .withTrustedProxies(config.http().trustedProxies())
                .withRequireDpop(config.http().requireDpop())
                .withMeterBinders(List.of(new HashingMetrics(hasher)))
                .withPasskeys(new WebConfig.PasskeyWeb(config.webAuthn().rpId(), config.mode() == Mode.DEV));
    }
}
