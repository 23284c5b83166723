package io.finguard.bootstrap.wiring;

import com.zaxxer.hikari.HikariDataSource;
import io.finguard.adapters.crypto.Argon2Params;
import io.finguard.adapters.crypto.Argon2SecretHasher;
import io.finguard.adapters.crypto.Es256TokenIssuer;
import io.finguard.adapters.crypto.HmacKeyRing;
import io.finguard.adapters.crypto.HmacOtpCodes;
import io.finguard.adapters.crypto.HmacRefreshTokens;
import io.finguard.adapters.crypto.OtpCodeConfig;
import io.finguard.adapters.crypto.RefreshTokenConfig;
import io.finguard.adapters.crypto.SecretHashingConfig;
import io.finguard.adapters.crypto.ShippedCommonPasswords;
import io.finguard.adapters.crypto.SigningKey;
import io.finguard.adapters.crypto.SigningKeyRing;
import io.finguard.adapters.crypto.TokenConfig;
import io.finguard.adapters.crypto.VerificationKey;
import io.finguard.adapters.persistence.DataSources;
import io.finguard.adapters.persistence.Migrations;
import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.PostgresPersistence;
import io.finguard.adapters.persistence.PurgeJob;
import io.finguard.adapters.redis.RedisConnection;
import io.finguard.adapters.redis.RedisKeys;
import io.finguard.adapters.redis.RedisRateLimiter;
import io.finguard.adapters.redis.RedisSettings;
import io.finguard.adapters.web.WebApi;
import io.finguard.adapters.web.WebConfig;
import io.finguard.application.OutPorts;
import io.finguard.application.RulesRiskEngine;
import io.finguard.application.ServiceSettings;
import io.finguard.application.StubKycProvider;
import io.finguard.application.UseCases;
import io.finguard.bootstrap.Application;
import io.finguard.bootstrap.RunningService;
import io.finguard.bootstrap.config.Cidr;
import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.dev.ConsoleOtpSender;
import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.RiskRules;
import io.finguard.domain.policy.StepUpPolicy;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.OtpSender;
import io.finguard.domain.session.SessionPolicy;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The composition root: the one place that knows every module. Reads top to bottom as the service is built:
 * infrastructure, crypto, use cases, background jobs, HTTP. Closing the running service undoes it in reverse.
 * The clock and the rate limits come from the caller: production passes the system clock and the defaults of
 * security.md; tests pass a clock they move and windows they need not wait out.
 */
public final class FinGuardApplication implements Application {
    private static final Duration SIGNUP_LIFETIME = Duration.ofHours(24);
    private static final Duration SIGNUP_TICKET_TTL = Duration.ofHours(1);
    private static final Duration STEP_UP_TICKET_TTL = Duration.ofMinutes(5);
    private static final int MAX_KYC_SUBMISSIONS = 3;
    private static final int OTP_MAX_ATTEMPTS = 5;
    private static final Duration PURGE_RETENTION = Duration.ofDays(7);

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
    public void migrate(DatabaseSettings database) {
        try (HikariDataSource dataSource = DataSources.pooled(persistenceSettings(database).withPoolSize(2, 0))) {
            Migrations.migrate(dataSource);
        }
    }

    @Override
    public RunningService start(FinGuardConfig config) {
        Ids ids = UUID::randomUUID;
        Closer closer = new Closer();
        try {
            HikariDataSource dataSource = closer.add(DataSources.pooled(persistenceSettings(config.database())));
            PostgresPersistence db = new PostgresPersistence(dataSource, OutboxRetry.defaults());
            RedisConnection redis = closer.add(RedisConnection.open(config.redis().url().toString(), RedisSettings.defaults()));

            Argon2SecretHasher hasher = hasher(config);
            Es256TokenIssuer tokens = tokens(config);
            OtpCodes otpCodes = otpCodes(config);

            OutPorts ports = new OutPorts(db.transactions(), db.otpChallenges(), db.preUsers(), db.users(), db.accounts(),
                    db.sessions(), db.auditLog(), db.outbox(), db.kycSubmissions(), db.ledger(),
                    new RedisRateLimiter(redis, limits, RedisKeys.standard(config.keys().rateLimitKey().bytes())),
                    hasher, otpCodes, tokens, new HmacRefreshTokens(new RefreshTokenConfig(config.keys().refreshKey().bytes())),
                    new StubKycProvider(ids), new RulesRiskEngine(RiskRules.defaults(config.phones().denylistedPrefixes())),
                    new ShippedCommonPasswords(), ids, clock);
            UseCases useCases = new UseCases(ports, serviceSettings(config, limits), StepUpPolicy.defaults());

            BackgroundJobs jobs = closer.add(new BackgroundJobs(db.outbox(), otpSender(config),
                    new PurgeJob(db.transactions(), db.otpChallenges(), db.preUsers(), db.sessions(), PURGE_RETENTION), clock));
            jobs.start();

            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            WebApi web = new WebApi(WebUseCases.of(useCases, new Readiness(dataSource, redis)), webConfig(config, registry, hasher),
                    clock);
            closer.add(web::stop);
            web.start();
            return closer::close;
        } catch (RuntimeException e) {
            closer.close();
            throw e;
        }
    }

    private static io.finguard.adapters.persistence.DatabaseSettings persistenceSettings(DatabaseSettings database) {
        return io.finguard.adapters.persistence.DatabaseSettings.of(database.url(), database.user(), database.password().text())
                .withPoolSize(database.poolSize(), Math.min(2, database.poolSize()));
    }

    private static Argon2SecretHasher hasher(FinGuardConfig config) {
        var hashing = config.hashing();
        HmacKeyRing pepper = HmacKeyRing.single(config.keys().passwordPepper().id(), config.keys().passwordPepper().key().bytes());
        return new Argon2SecretHasher(new SecretHashingConfig(
                new Argon2Params(hashing.memoryKib(), hashing.iterations(), hashing.parallelism()), pepper,
                hashing.concurrency(), hashing.queueTimeout()));
    }

    private static Es256TokenIssuer tokens(FinGuardConfig config) {
        var t = config.tokens();
        List<VerificationKey> previous = t.previousKeys().stream().map(k -> new VerificationKey(k.keyId(), k.publicKey())).toList();
        SigningKeyRing ring = SigningKeyRing.of(new SigningKey(t.keyId(), t.privateKey(), t.publicKey()), previous);
        return new Es256TokenIssuer(TokenConfig.of(t.issuer(), t.audience()), ring);
    }

    private static OtpCodes otpCodes(FinGuardConfig config) {
        HmacKeyRing keys = HmacKeyRing.single(config.keys().otpKey().id(), config.keys().otpKey().key().bytes());
        OtpCodes real = new HmacOtpCodes(new OtpCodeConfig(config.otp().length(), keys));
        return config.dev().fixedOtpCode().<OtpCodes>map(fixed -> new FixedOtpCodes(real, fixed)).orElse(real);
    }

    private static OtpSender otpSender(FinGuardConfig config) {
        return config.sms().webhook().<OtpSender>map(WebhookOtpSender::new).orElseGet(() -> new ConsoleOtpSender(System.out));
    }

    private static ServiceSettings serviceSettings(FinGuardConfig config, RateLimits limits) {
        OtpPolicy otp = new OtpPolicy(config.otp().length(), config.otp().ttl(), OTP_MAX_ATTEMPTS, config.phones().allowedPrefixes());
        SessionPolicy defaults = SessionPolicy.defaults();
        SessionPolicy sessions = new SessionPolicy(config.tokens().accessTokenTtl(), defaults.graceWindow(), defaults.idleTimeout(),
                defaults.absoluteLifetime());
        return new ServiceSettings(otp, sessions, SIGNUP_LIFETIME, SIGNUP_TICKET_TTL, STEP_UP_TICKET_TTL, MAX_KYC_SUBMISSIONS,
                TierPolicy.defaults(config.currency()), limits.resendCooldown());
    }

    private static WebConfig webConfig(FinGuardConfig config, PrometheusMeterRegistry registry, Argon2SecretHasher hasher) {
        return WebConfig.of(config.http().port(), WebConfig.sha256Hex(config.keys().adminToken().text()),
                        config.keys().kycCallbackKey().bytes(), registry, config.tokens().issuer())
                .withTrustedProxies(config.http().trustedProxies().stream().map(Cidr::toString).toList())
                .withMeterBinders(List.of(new HashingMetrics(hasher)));
    }
}
