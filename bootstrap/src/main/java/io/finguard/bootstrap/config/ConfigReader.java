package io.finguard.bootstrap.config;

import io.finguard.domain.retention.RetentionPolicy;
import io.finguard.domain.txauth.ScaExemptions;
import io.finguard.adapters.crypto.credential.Argon2Params;
import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.VerificationKey;
import io.finguard.adapters.redis.RedisTopology;
import io.finguard.adapters.web.Cidr;
import io.finguard.bootstrap.logging.LogFormat;
import io.finguard.domain.model.OtpCode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Currency;
import io.finguard.domain.model.RegisteredClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns {@code FINGUARD_*} variables into a {@link FinGuardConfig}, or into every problem at once, one line each.
 * The map is passed in (never read from the process here) so tests do not depend on the real environment.
 */
public final class ConfigReader {
    /** Same shape as the domain's OtpPolicy accepts: '+', a non-zero digit, up to six more digits. */
    private static final Pattern E164_PREFIX = Pattern.compile("\\+[1-9][0-9]{0,6}");
    private static final Pattern NO_WHITESPACE = Pattern.compile("\\S+");
    /** A lower-case domain name: labels of letters, digits and inner hyphens, joined by dots. */
    private static final Pattern RP_ID = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private ConfigReader() {
    }

    public static Validated<FinGuardConfig> read(Map<String, String> env, Mode mode) {
        EnvironmentReader in = new EnvironmentReader(env, mode);
        in.refuseUnknownNames();
        DatabaseSettings database = database(in);
        RedisSettings redis = redis(in);
        HttpSettings http = http(in);
        TokenSettings tokens = tokens(in);
        List<RegisteredClient> clients = ClientsReader.clients(in, tokens == null ? null : tokens.audience());
        KeySettings keys = KeyReader.keys(in);
        PhoneSettings phones = phones(in);
        OtpSettings otp = otp(in);
        HashingSettings hashing = hashing(in);
        LoadSettings load = load(in, database, hashing);
        String currency = currency(in);
        logFormat(in);
        SmsSettings sms = sms(in);
        DevSwitches dev = devSwitches(in, otp);
        PhoneLifecycleSettings phoneLifecycle = phoneLifecycle(in);
        SessionSettings sessions = sessions(in);
        WebAuthnSettings webAuthn = webAuthn(in, http);
        PhoneSignalConfig phoneSignals = PhoneSignalReader.read(in);
        RetentionPolicy retention = RetentionReader.read(in);
        ScaExemptions scaExemptions = ScaExemptionReader.read(in, currency);
        WebhookSettings webhooks = WebhooksReader.webhooks(in);
        in.refuseReusedKeys();
        return in.result(() -> new FinGuardConfig(mode, database, redis, http, tokens, keys, phones, otp, hashing,
                currency, sms, dev, phoneLifecycle, load, sessions, clients, webAuthn, phoneSignals, retention, scaExemptions,
                webhooks));
    }

    /** Only the database, for commands that need nothing else ({@code finguard clients}). */
    public static Validated<DatabaseSettings> readDatabase(Map<String, String> env, Mode mode) {
        EnvironmentReader in = new EnvironmentReader(env, mode);
        DatabaseSettings database = database(in);
        return in.result(() -> database);
    }

    /** Only what {@code finguard migrate} needs: the database and the phone keys (a migration seals stored numbers). */
    public static Validated<MigrationSettings> readMigration(Map<String, String> env, Mode mode) {
        EnvironmentReader in = new EnvironmentReader(env, mode);
        DatabaseSettings database = database(in);
        PhoneKeys phoneKeys = KeyReader.phoneKeys(in);
        in.refuseReusedKeys();
        return in.result(() -> new MigrationSettings(database, phoneKeys));
    }

    private static DatabaseSettings database(EnvironmentReader in) {
        String url = in.required(Setting.DATABASE_URL, "a JDBC URL such as jdbc:postgresql://db:5432/finguard");
        if (url != null && !url.startsWith("jdbc:postgresql://")) {
            in.problem(Setting.DATABASE_URL, "'" + url + "' is not a jdbc:postgresql:// URL");
        }
        String user = in.required(Setting.DATABASE_USER, "the database role FinGuard logs in as");
        Secret password = databasePassword(in);
        Integer poolSize = in.integer(Setting.DATABASE_POOL_SIZE, 10, 1, 200, "connections per instance");
        Integer statementMillis = in.integer(Setting.DATABASE_STATEMENT_TIMEOUT_MS, 5000, 100, 60_000, "a statement's longest run");
        return in.hasProblems() ? null : new DatabaseSettings(url, user, password, poolSize, Duration.ofMillis(statementMillis));
    }

    /** The embedded dev database trusts local logins; a production database never runs without a password. */
    private static Secret databasePassword(EnvironmentReader in) {
        if (in.mode() == Mode.DEV) {
            return Secret.ofText(in.orDefault(Setting.DATABASE_PASSWORD, ""));
        }
        String password = in.required(Setting.DATABASE_PASSWORD, "the database role's password");
        if (password == null || in.refusedAsExample(Setting.DATABASE_PASSWORD, password)) {
            return null;
        }
        return Secret.ofText(password);
    }

    private static RedisSettings redis(EnvironmentReader in) {
        String text = in.required(Setting.REDIS_URL, "e.g. redis://redis:6379, rediss://:password@host:6380, "
                + "redis-sentinel://s1:26379,s2:26379,s3:26379/mymaster or redis-cluster://n1:6379,n2:6379,n3:6379");
        if (text == null) {
            return null;
        }
        URI url = in.uri(Setting.REDIS_URL, text, "not a URL (redis://host:port)");
        if (url == null) {
            return null;
        }
        RedisTopology topology;
        try {
            topology = RedisTopology.parse(text);
        } catch (IllegalArgumentException e) {
            in.problem(Setting.REDIS_URL, e.getMessage());
            return null;
        }
        if (topology.credentials().password() != null && in.refusedAsExample(Setting.REDIS_URL, topology.credentials().password())) {
            return null;
        }
        return new RedisSettings(url);
    }

    /** dev may leave the management port to the system (0: a free one, logged at start); serve names it. */
    private static HttpSettings http(EnvironmentReader in) {
        boolean serve = in.mode() == Mode.SERVE;
        Integer port = in.integer(Setting.HTTP_PORT, 8080, 1, 65535, "a TCP port");
        Integer management = in.integer(Setting.MANAGEMENT_PORT, serve ? 9000 : 0, serve ? 1 : 0, 65535, "a TCP port");
        if (port != null && port.equals(management)) {
            in.problem(Setting.MANAGEMENT_PORT, "must differ from FINGUARD_HTTP_PORT: the API port never serves "
                    + "health, metrics or the admin API");
        }
        List<Cidr> proxies = in.strictList(Setting.TRUSTED_PROXIES, "", Cidr::parse);
        String requireDpop = in.optional(Setting.REQUIRE_DPOP).orElse("false");
        if (!requireDpop.equals("true") && !requireDpop.equals("false")) {
            in.problem(Setting.REQUIRE_DPOP, "must be true or false");
        }
        return in.hasProblems() ? null : new HttpSettings(port, management, proxies, requireDpop.equals("true"));
    }

    /**
     * WebAuthn binds passkeys to the RP id, and browsers run ceremonies only in secure contexts: https origins, or
     * http on localhost. An origin outside the RP id could never be used, so it is refused here rather than at the
     * first registration.
     */
    private static WebAuthnSettings webAuthn(EnvironmentReader in, HttpSettings http) {
        String rpId = in.orDefault(Setting.WEBAUTHN_RP_ID, "localhost").strip();
        if (!RP_ID.matcher(rpId).matches()) {
            in.problem(Setting.WEBAUTHN_RP_ID, "'" + rpId + "' is not a domain name such as example.com (no scheme, port or path)");
            return null;
        }
        String fallback = "http://localhost:" + (http == null ? 8080 : http.port());
        List<String> origins = in.list(Setting.WEBAUTHN_ORIGINS, fallback, origin -> origin(origin, rpId),
                "an origin (https://host[:port], http only for localhost) on " + rpId + " or a subdomain of it");
        if (origins != null && origins.isEmpty()) {
            in.problem(Setting.WEBAUTHN_ORIGINS, "name at least one origin");
        }
        return in.hasProblems() ? null : new WebAuthnSettings(rpId, origins);
    }

    private static Optional<String> origin(String text, String rpId) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        boolean bare = (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null && uri.getFragment() == null
                && uri.getUserInfo() == null;
        boolean secure = "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && "localhost".equals(host));
        boolean onRpId = host != null && (host.equals(rpId) || host.endsWith("." + rpId));
        return bare && secure && onRpId ? Optional.of(text) : Optional.empty();
    }

    private static TokenSettings tokens(EnvironmentReader in) {
        SigningKey signing = signingKey(in);
        String keyId = in.keyId(Setting.SIGNING_KEY_ID);
        List<PreviousKey> previous = in.list(Setting.PREVIOUS_PUBLIC_KEYS, "", ConfigReader::previousKey,
                "kid=<base64 X.509 P-256 public key>");
        if (previous != null && keyId != null && previous.stream().anyMatch(key -> key.keyId().equals(keyId))) {
            in.problem(Setting.PREVIOUS_PUBLIC_KEYS, "key id '" + keyId + "' is also FINGUARD_SIGNING_KEY_ID");
        }
        String issuer = word(in, Setting.ISSUER, "the iss claim, e.g. https://auth.example.com");
        String audience = word(in, Setting.AUDIENCE, "the aud claim, e.g. finguard-api");
        // Other routes learn of a logout or block only when the access token expires: it lives 15 minutes at most.
        Integer ttl = in.integer(Setting.ACCESS_TOKEN_TTL_SECONDS, 600, 60, 900, "access tokens live at most 15 minutes");
        return in.hasProblems() ? null : new TokenSettings(keyId, signing.privateKey(), signing.publicKey(), previous,
                issuer, audience, Duration.ofSeconds(ttl));
    }

    private static SessionSettings sessions(EnvironmentReader in) {
        Integer max = in.integer(Setting.MAX_SESSIONS_PER_USER, 10, 1, 100, "a user holds 1 to 100 live sessions");
        return max == null ? null : new SessionSettings(max);
    }

    /** The kid comes from FINGUARD_SIGNING_KEY_ID, not from the key's own RFC 7638 thumbprint. */
    private static SigningKey signingKey(EnvironmentReader in) {
        String pem = in.required(Setting.SIGNING_KEY,
                "PKCS#8 PEM of a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256");
        if (pem == null || in.refusedAsExample(Setting.SIGNING_KEY, pem)) {
            return null;
        }
        try {
            // An env file may hold the PEM on one line with literal \n escapes.
            return SigningKey.fromPem(pem.replace("\\n", "\n"));
        } catch (IllegalArgumentException e) {
            in.problem(Setting.SIGNING_KEY, e.getMessage());
            return null;
        }
    }

    private static Optional<PreviousKey> previousKey(String entry) {
        int split = entry.indexOf('=');
        if (split <= 0 || !entry.substring(0, split).strip().matches("[A-Za-z0-9._-]{1,64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PreviousKey(entry.substring(0, split).strip(),
                    VerificationKey.fromPem(entry.substring(split + 1).replace("\\n", "\n")).publicKey()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String word(EnvironmentReader in, Setting setting, String hint) {
        String value = in.required(setting, hint);
        if (value != null && !NO_WHITESPACE.matcher(value).matches()) {
            in.problem(setting, "must not contain whitespace");
            return null;
        }
        return value;
    }

    private static PhoneSettings phones(EnvironmentReader in) {
        String expected = "an E.164 prefix such as +49";
        List<String> allowed = in.list(Setting.ALLOWED_COUNTRIES, "", ConfigReader::prefix, expected);
        if (allowed != null && allowed.isEmpty()) {
            in.problem(Setting.ALLOWED_COUNTRIES, "missing (comma-separated E.164 prefixes codes may go to, e.g. +49,+43)");
        }
        List<String> denied = in.list(Setting.DENYLISTED_PREFIXES, "", ConfigReader::prefix, expected);
        return in.hasProblems() ? null : new PhoneSettings(allowed, denied);
    }

    private static Optional<String> prefix(String text) {
        return E164_PREFIX.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    private static PhoneLifecycleSettings phoneLifecycle(EnvironmentReader in) {
        Integer coolingOff = in.integer(Setting.PHONE_COOLING_OFF_HOURS, 72, 0, 720, "at most 30 days");
        Integer recovery = in.integer(Setting.RECOVERY_LIFETIME_HOURS, 72, 1, 720, "at most 30 days");
        return coolingOff == null || recovery == null ? null
                : new PhoneLifecycleSettings(Duration.ofHours(coolingOff), Duration.ofHours(recovery));
    }

    private static OtpSettings otp(EnvironmentReader in) {
        Integer ttl = in.integer(Setting.OTP_TTL_SECONDS, 300, 30, 600, "a code lives at most 10 minutes");
        Integer length = in.integer(Setting.OTP_LENGTH, 6, 6, 8, "codes have 6 to 8 digits");
        return ttl == null || length == null ? null : new OtpSettings(Duration.ofSeconds(ttl), length);
    }

    private static HashingSettings hashing(EnvironmentReader in) {
        boolean serve = in.mode() == Mode.SERVE;
        // dev may go below the OWASP floor so that local runs and tests hash quickly; serve never does.
        Argon2Params floor = Argon2Params.OWASP_MINIMUM;
        Integer memory = in.integer(Setting.ARGON2_MEMORY_KIB, floor.memoryKiB(),
                serve ? floor.memoryKiB() : 1024, Argon2Params.MAX_MEMORY_KIB, "OWASP minimum for Argon2id in serve");
        Integer iterations = in.integer(Setting.ARGON2_ITERATIONS, floor.iterations(),
                serve ? floor.iterations() : 1, 20, "OWASP minimum for Argon2id in serve");
        Integer parallelism = in.integer(Setting.ARGON2_PARALLELISM, 1, 1, 16, "lanes per hash");
        int cores = Runtime.getRuntime().availableProcessors();
        Integer concurrency = in.integer(Setting.HASH_CONCURRENCY, cores, 1, 256, "hashes running at once");
        Integer waitMillis = in.integer(Setting.HASH_QUEUE_TIMEOUT_MS, 2000, 0, 60_000, "wait for a hashing slot");
        return in.hasProblems() ? null : new HashingSettings(memory, iterations, parallelism, concurrency,
                Duration.ofMillis(waitMillis));
    }

    /**
     * Defaults follow the resources each class waits on, with room for what can finish within their own bounded waits: a
     * hashing slot serves many requests within the 2 s hashing queue, a pooled connection many short transactions within
     * the pool's 2 s; past that, a request would only wait to be refused.
     */
    private static LoadSettings load(EnvironmentReader in, DatabaseSettings database, HashingSettings hashing) {
        int hashingDefault = hashing == null ? 64 : 32 * hashing.concurrency();
        int databaseDefault = database == null ? 160 : 16 * database.poolSize();
        Integer hashingInFlight = in.integer(Setting.MAX_IN_FLIGHT_HASHING, hashingDefault, 1, 10_000, "hashing requests in flight");
        Integer databaseInFlight = in.integer(Setting.MAX_IN_FLIGHT_DATABASE, databaseDefault, 1, 10_000, "database requests in flight");
        Integer cheapInFlight = in.integer(Setting.MAX_IN_FLIGHT_CHEAP, 256, 1, 100_000, "cheap requests in flight");
        Integer waitMillis = in.integer(Setting.IN_FLIGHT_QUEUE_TIMEOUT_MS, 50, 0, 1000, "wait for a place");
        return in.hasProblems() ? null : new LoadSettings(hashingInFlight, databaseInFlight, cheapInFlight, Duration.ofMillis(waitMillis));
    }

    private static String currency(EnvironmentReader in) {
        String code = in.orDefault(Setting.CURRENCY, "EUR");
        try {
            if (code.matches("[A-Z]{3}")) {
                Currency.getInstance(code);
                return code;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        in.problem(Setting.CURRENCY, "'" + code + "' is not an ISO 4217 currency code such as EUR");
        return null;
    }

    /** The commands choose the format before logging starts (LogOutput); a value neither could use is refused here. */
    private static void logFormat(EnvironmentReader in) {
        in.optional(Setting.LOG_FORMAT).filter(value -> LogFormat.parse(value).isEmpty())
                .ifPresent(value -> in.problem(Setting.LOG_FORMAT, "'" + value + "' is neither json nor text"));
    }

    /** serve must deliver codes somewhere real; dev falls back to the console when no gateway is named. */
    private static SmsSettings sms(EnvironmentReader in) {
        Optional<String> url = in.optional(Setting.SMS_WEBHOOK_URL);
        if (url.isEmpty() && in.mode() == Mode.DEV) {
            return SmsSettings.CONSOLE;
        }
        String text = url.orElseGet(() -> in.required(Setting.SMS_WEBHOOK_URL, "the SMS gateway, e.g. https://sms.example.com/send"));
        Secret key = in.key(Setting.SMS_WEBHOOK_KEY);
        if (text == null) {
            return null;
        }
        URI uri = in.uri(Setting.SMS_WEBHOOK_URL, text, "not a URL");
        if (uri == null) {
            return null;
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            in.problem(Setting.SMS_WEBHOOK_URL, "not an http:// or https:// URL with a host");
            return null;
        }
        if (in.mode() == Mode.SERVE && !isHttpsOrLoopbackHttp(uri)) {
            in.problem(Setting.SMS_WEBHOOK_URL, "http:// sends codes in clear; use https:// (plain http only to a "
                    + "loopback host: localhost, 127.0.0.0/8, [::1])");
            return null;
        }
        return key == null ? null : new SmsSettings(Optional.of(new SmsSettings.Webhook(uri, key)));
    }

    /** https to any host, or plain http to a loopback host only (a local gateway or operator): what may carry secrets. */
    static boolean isHttpsOrLoopbackHttp(URI uri) {
        return "https".equals(uri.getScheme())
                || "http".equals(uri.getScheme()) && uri.getHost() != null && isLoopback(uri.getHost());
    }

    /** By the literal address or the name localhost only: parsing the configuration never looks a name up. */
    static boolean isLoopback(String host) {
        return "localhost".equalsIgnoreCase(host) || Cidr.literal(host).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    private static DevSwitches devSwitches(EnvironmentReader in, OtpSettings otp) {
        if (in.mode() == Mode.SERVE) {
            return DevSwitches.NONE;
        }
        Optional<String> fixed = in.optional(Setting.DEV_FIXED_OTP_CODE);
        if (fixed.isEmpty()) {
            return DevSwitches.NONE;
        }
        int length = otp == null ? 6 : otp.length();
        if (!fixed.get().matches("[0-9]{" + length + "}")) {
            in.problem(Setting.DEV_FIXED_OTP_CODE, "must be exactly " + length + " digits (FINGUARD_OTP_LENGTH)");
            return null;
        }
        return new DevSwitches(Optional.of(new OtpCode(fixed.get())));
    }
}
