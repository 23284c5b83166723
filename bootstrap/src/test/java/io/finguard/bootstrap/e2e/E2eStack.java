package io.finguard.bootstrap.e2e;

import io.finguard.bootstrap.RunningService;
import io.finguard.bootstrap.config.ConfigReader;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.Mode;
import io.finguard.bootstrap.config.Validated;
import io.finguard.bootstrap.wiring.FinGuardApplication;
import io.finguard.domain.policy.RateLimits;
import io.finguard.testsupport.SharedRedis;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One FinGuard service started through the real composition root ({@link FinGuardApplication}: migrate, then
 * start) from a serve-mode configuration, with its SMS gateway. {@link #shared()} is the JVM-wide instance on
 * its own database and the shared Redis; fault tests start their own with {@link #start}, and tests that move
 * time start one on a clock of theirs with {@link #onClock}.
 *
 * <p>Every stack runs the limits of security.md ({@link #LIMITS}) except the resend cooldown, shortened to
 * {@link Onboarding#RESEND_COOLDOWN}: the limiter counts in Redis's own time, which no test clock moves, so a
 * second code for a phone would otherwise cost the suite a 30 s wait.
 */
final class E2eStack implements AutoCloseable {
    static final String REDIS_URL_VARIABLE = SharedRedis.URL_VARIABLE;
    static final RateLimits LIMITS = withResendCooldown(RateLimits.defaults(), Onboarding.RESEND_COOLDOWN);
    /** In a chosen FINGUARD_* value, replaced by the service's own base URL. */
    static final String OWN_BASE_URL = "{own-base-url}";
    private static E2eStack shared;

    private final RunningService service;
    private final SmsGateway sms;
    private final URI baseUri;
    private final URI managementUri;
    private final String adminToken;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String redisUrl;
    private final List<AutoCloseable> alsoClose;
    private boolean closed;

    private E2eStack(RunningService service, SmsGateway sms, URI baseUri, URI managementUri, String adminToken,
                     String jdbcUrl, String dbUser, String dbPassword, String redisUrl, List<AutoCloseable> alsoClose) {
        this.service = service;
        this.sms = sms;
        this.baseUri = baseUri;
        this.managementUri = managementUri;
        this.adminToken = adminToken;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.redisUrl = redisUrl;
        this.alsoClose = alsoClose;
    }

    /**
     * The service most tests share, started on first use and stopped when the JVM ends. Starting it also
     * starts the {@link SeededMembers} in the background, so their resend cooldown runs out while other tests run.
     */
    static synchronized E2eStack shared() {
        if (shared == null) {
            LogCapture.install();
            E2eDatabase database = E2eDatabase.fresh();
            SharedRedis redis = SharedRedis.shared();
            shared = start(database.jdbcUrl(), database.user(), database.password(), redis.url(), List.of(database));
            System.out.println("[e2e] shared service on " + database + ", " + redis);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "e2e-shared-stack-stop"));
            SeededMembers.startSeeding(shared);
        }
        return shared;
    }

    /** Starts a service on the given database and Redis; {@code alsoClose} is closed after it, in order. */
    static E2eStack start(String jdbcUrl, String dbUser, String dbPassword, String redisUrl, List<AutoCloseable> alsoClose) {
        return start(jdbcUrl, dbUser, dbPassword, redisUrl, alsoClose, Map.of(), Clock.systemUTC(), Mode.SERVE);
    }

    /** As {@link #start}, with some FINGUARD_* values chosen by the test (keys that must survive a restart). */
    static E2eStack start(String jdbcUrl, String dbUser, String dbPassword, String redisUrl, List<AutoCloseable> alsoClose,
                          Map<String, String> chosen) {
        return start(jdbcUrl, dbUser, dbPassword, redisUrl, alsoClose, chosen, Clock.systemUTC(), Mode.SERVE);
    }

    /**
     * A service of the caller's own whose every use case, token and job reads {@code clock} (a test moves it
     * instead of waiting), on a fresh database of the shared server and the shared Redis. Close it when done.
     */
    static E2eStack onClock(Clock clock) {
        E2eDatabase database = E2eDatabase.fresh();
        try {
            return start(database.jdbcUrl(), database.user(), database.password(), SharedRedis.shared().url(), List.of(database),
                    Map.of(), clock, Mode.SERVE);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A service read in dev mode (so it serves the dev pages, such as /dev/passkeys.html) from the same settings, on a
     * fresh database of the shared server and the shared Redis. Close it when done.
     */
    static E2eStack inDevMode() {
        E2eDatabase database = E2eDatabase.fresh();
        try {
            return start(database.jdbcUrl(), database.user(), database.password(), SharedRedis.shared().url(), List.of(database),
                    Map.of(), Clock.systemUTC(), Mode.DEV);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** As {@link #onClock(Clock)}, with some FINGUARD_* values chosen by the test (a network to ask, ...). */
    static E2eStack onClock(Clock clock, Map<String, String> chosen) {
        E2eDatabase database = E2eDatabase.fresh();
        try {
            return start(database.jdbcUrl(), database.user(), database.password(), SharedRedis.shared().url(), List.of(database),
                    chosen, clock, Mode.SERVE);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Ports are probed free and then bound by the service a moment later; another process on this machine (a parallel
     * build) can take one in between. Such a start is retried on fresh ports, a few times.
     */
    private static E2eStack start(String jdbcUrl, String dbUser, String dbPassword, String redisUrl, List<AutoCloseable> alsoClose,
                                  Map<String, String> chosen, Clock clock, Mode mode) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(jdbcUrl, dbUser, dbPassword, redisUrl, alsoClose, chosen, clock, mode);
            } catch (io.javalin.util.JavalinBindException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static E2eStack startOnce(String jdbcUrl, String dbUser, String dbPassword, String redisUrl,
                                      List<AutoCloseable> alsoClose, Map<String, String> chosen, Clock clock, Mode mode) {
        long started = System.nanoTime();
        // Instances of one deployment may share one gateway (their dispatchers deliver each other's codes): its key is chosen.
        String smsKey = chosen.getOrDefault("FINGUARD_SMS_WEBHOOK_KEY", ServeSettings.randomKey());
        SmsGateway sms = SmsGateway.start(Base64.getDecoder().decode(smsKey));
        String adminToken = ServeSettings.randomKey();
        int port = Loopback.freePort();
        int managementPort = Loopback.freePort();
        Map<String, String> env = ServeSettings.environment(jdbcUrl, dbUser, dbPassword, redisUrl, port, managementPort,
                sms.url(), smsKey, adminToken);
        env.putAll(chosen);
        // A chosen value may name the service's own address (an issuer that equals the base URL, as in production).
        env.replaceAll((name, value) -> value.replace(OWN_BASE_URL, "http://127.0.0.1:" + port));
        FinGuardConfig config = switch (ConfigReader.read(env, mode)) {
            case Validated.Valid<FinGuardConfig> valid -> valid.value();
            case Validated.Invalid<FinGuardConfig> invalid -> {
                sms.close();
                throw new IllegalStateException("the e2e configuration is refused: " + invalid.problems());
            }
        };
        FinGuardApplication application = new FinGuardApplication(clock, LIMITS);
        RunningService service;
        try {
            application.migrate(config.migration());
            service = application.start(config);
        } catch (RuntimeException e) {
            sms.close();
            throw e;
        }
        System.out.println("[e2e] service migrated and listening on port " + port + " (management " + managementPort
                + ") in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return new E2eStack(service, sms, URI.create("http://127.0.0.1:" + port),
                URI.create("http://127.0.0.1:" + managementPort), adminToken, jdbcUrl, dbUser, dbPassword, redisUrl,
                List.copyOf(alsoClose));
    }

    /** A client with a loopback source address of its own (so its per-IP limits are its own). */
    ApiClient client() {
        return new ApiClient(baseUri, Loopback.nextClientAddress());
    }

    /** A client on the trusted proxy's address: the service takes the client from its X-Forwarded-For. */
    ApiClient proxy() {
        return new ApiClient(baseUri, Loopback.PROXY);
    }

    /**
     * A client of the management port (health, metrics, operator API) with a loopback source address of its own, so
     * the per-address limit of operator requests counts it apart.
     */
    ApiClient management() {
        return new ApiClient(managementUri, Loopback.nextClientAddress());
    }

    /** The journeys through the API, for a fresh client and a fresh operator. */
    Onboarding onboarding() {
        return new Onboarding(client(), management(), sms, adminToken);
    }

    /** Where the API listens, e.g. {@code http://127.0.0.1:41234}. */
    URI baseUri() {
        return baseUri;
    }

    SmsGateway sms() {
        return sms;
    }

    String adminToken() {
        return adminToken;
    }

    String redisUrl() {
        return redisUrl;
    }

    /** A plain connection to the service's database, for checks of what is stored. */
    Connection database() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", dbUser);
        credentials.setProperty("password", dbPassword);
        return DriverManager.getConnection(jdbcUrl, credentials);
    }

    private static RateLimits withResendCooldown(RateLimits l, Duration cooldown) {
        return new RateLimits(cooldown, l.phoneBurst(), l.phoneDaily(), l.ipSends(), l.ipVerifies(), l.coarseSends(),
                l.coarseVerifies(), l.phoneVerifyFailures(), l.stepUpFailures(), l.prefixLength(), l.prefixSends(), l.globalSends(),
                l.breakerOpen(), l.accountFailureCeiling(), l.ceilingLock(), l.userTransfers(), l.adminRequests(),
                l.hashingPerSubject(), l.hashingPerClient());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        service.close();
        sms.close();
        for (AutoCloseable resource : alsoClose) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[e2e] could not close " + resource + ": " + e);
            }
        }
    }
}
