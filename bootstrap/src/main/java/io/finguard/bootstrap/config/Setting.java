package io.finguard.bootstrap.config;

import java.util.Arrays;
import java.util.Optional;

/** Every environment variable FinGuard reads. A {@code FINGUARD_*} name not listed here is refused as a likely typo. */
public enum Setting {
    DATABASE_URL("JDBC URL of PostgreSQL, e.g. jdbc:postgresql://db:5432/finguard (required)"),
    DATABASE_USER("database role (required)"),
    DATABASE_PASSWORD("database password (required in serve)"),
    DATABASE_POOL_SIZE("connections per instance (default 10)"),
    DATABASE_STATEMENT_TIMEOUT_MS("longest a statement may run, lock waits included (server-side); a server that stops answering"
            + " is given up 1 s later (client socket timeout), so a stalled database answers 503 (default 5000)"),
    REDIS_URL("redis://host:port (or rediss://) for one node, redis-sentinel://h1:26379,h2:26379/<master> for Sentinel, redis-cluster://h1:6379,h2:6379 for a Cluster; see Redis topologies (required)"),
    HTTP_PORT("API port (default 8080)"),
    MANAGEMENT_PORT("port of health, metrics and the admin API, which the API port never serves"
            + " (default 9000; dev: a free one)"),
    TRUSTED_PROXIES("comma-separated IPs/CIDRs whose X-Forwarded-For is believed, full literals such as 172.16.0.0/12"
            + " (default none)"),
    REQUIRE_DPOP("true refuses sessions without a DPoP key (RFC 9449): tokens are issued only for a proof and Bearer"
            + " access tokens are refused (default false)"),
    SIGNING_KEY("PKCS#8 PEM of the ES256 (P-256) signing key, optionally followed by its PUBLIC KEY block (required)"),
    SIGNING_KEY_ID("kid of the signing key (required)"),
    PREVIOUS_PUBLIC_KEYS("comma-separated kid=<base64 X.509 public key> of rotated-out keys (optional)"),
    ISSUER("iss claim of every token (required)"),
    AUDIENCE("aud claim of access tokens (required)"),
    CLIENTS("comma-separated id:sha256hex:audience[|audience] of resource servers that may introspect and revoke tokens,"
            + " the secret given only as its SHA-256 (default none); wins over a client of the same id stored with `finguard clients`"),
    WEBHOOKS("comma-separated name|url|whsec_<base64 secret> of subscribers that receive domain events as CloudEvents,"
            + " signed per Standard Webhooks; https, http only to a loopback host (default none: no events are kept)"),
    WEBHOOK_MAX_ATTEMPTS("sends of one event to one subscriber before it is dead (listed and redelivered through the admin"
            + " API), 1..50 (default 8)"),
    ACCESS_TOKEN_TTL_SECONDS("access-token lifetime, 60..900 (default 600)"),
    MAX_SESSIONS_PER_USER("live sessions one user may hold, 1..100; a new login beyond it ends the least recently used"
            + " (default 10)"),
    PASSWORD_PEPPER("base64 HMAC pepper for passwords and PINs, >= 32 bytes (required)"),
    PASSWORD_PEPPER_ID("id of the pepper, kept with each hash (required)"),
    PREVIOUS_PEPPERS("comma-separated id=<base64 pepper> of rotated-out peppers: their hashes still match and are rehashed"
            + " to the current pepper on the next success (optional)"),
    OTP_KEY("base64 HMAC key for stored OTP hashes, >= 32 bytes (required)"),
    OTP_KEY_ID("id of the OTP key (required)"),
    PREVIOUS_OTP_KEYS("comma-separated id=<base64 key> of rotated-out OTP keys: codes hashed under them still verify (optional)"),
    OUTBOX_KEY("base64 AES-256 key, exactly 32 bytes, sealing the codes that wait in the outbox (required)"),
    OUTBOX_KEY_ID("id of the outbox key, kept with each sealed code (required)"),
    PREVIOUS_OUTBOX_KEYS("comma-separated id=<base64 key> of rotated-out outbox keys: codes sealed under them can still be"
            + " sent (optional)"),
    PHONE_INDEX_KEY("base64 HMAC key of the blind index that stored phone numbers are found by, >= 32 bytes; it cannot"
            + " rotate without re-indexing every row (required)"),
    PHONE_KEY("base64 AES-256 key, exactly 32 bytes, sealing the phone numbers stored in the database (required)"),
    PHONE_KEY_ID("id of the phone key, kept with each sealed number (required)"),
    PREVIOUS_PHONE_KEYS("comma-separated id=<base64 key> of rotated-out phone keys: numbers sealed under them still open"
            + " (optional)"),
    REFRESH_KEY("base64 key for refresh-token digests, >= 32 bytes (required)"),
    RATE_LIMIT_KEY("base64 key that hashes phone numbers inside Redis keys, >= 32 bytes (required)"),
    KYC_CALLBACK_KEY("base64 HMAC key of the KYC provider's callbacks, >= 32 bytes (required)"),
    ADMIN_TOKEN("bearer credential of the admin API, >= 32 characters (required)"),
    ALLOWED_COUNTRIES("comma-separated E.164 prefixes codes may be sent to, e.g. +49,+43 (required)"),
    DENYLISTED_PREFIXES("comma-separated E.164 prefixes the risk rules reject (default none)"),
    CURRENCY("ISO 4217 currency of accounts (default EUR)"),
    OTP_TTL_SECONDS("code lifetime, 30..600 (default 300)"),
    OTP_LENGTH("code digits, 6..8 (default 6)"),
    PHONE_COOLING_OFF_HOURS("hours outgoing transfers are refused after a change of number or a recovery, 0..720"
            + " (default 72)"),
    RECOVERY_LIFETIME_HOURS("hours an open lost-phone recovery waits for its identity check and completion, 1..720"
            + " (default 72)"),
    RETENTION_OTP_CHALLENGES_DAYS("days an ended OTP challenge (verified, superseded, expired) and its queued code are kept"
            + " before the purge deletes them, 1..3650 (default 7)"),
    RETENTION_SIGNUPS_DAYS("days an abandoned, expired or converted signup is kept before the purge deletes it, 1..3650"
            + " (default 7)"),
    RETENTION_SESSIONS_DAYS("days a revoked or lapsed session (refresh-token family) is kept before the purge deletes it,"
            + " 1..3650 (default 7)"),
    RETENTION_PHONE_CHANGES_DAYS("days an ended change of number is kept before the purge deletes it, 1..3650 (default 30)"),
    RETENTION_RECOVERIES_DAYS("days a completed, rejected or lapsed lost-phone recovery is kept before the purge deletes it,"
            + " 1..3650 (default 90)"),
    RETENTION_PASSKEY_CHALLENGES_DAYS("days an expired passkey challenge is kept before the purge deletes it, 1..3650"
            + " (default 1)"),
    RETENTION_DELIVERED_EVENTS_DAYS("days a domain event's delivery to a subscriber is kept after it was delivered, before"
            + " the purge deletes it, 1..3650 (default 7)"),
    RETENTION_DEAD_EVENTS_DAYS("days a dead event delivery (given up after its last attempt) is kept for redelivery before"
            + " the purge deletes it, 1..3650 (default 90)"),
    RETENTION_PAYMENT_AUTHORIZATIONS_DAYS("days a payment authorisation is kept after it ended (used, failed or expired)"
            + " before the purge deletes it, 1..3650 (default 400: the 13 months a payer may dispute a payment, and some)"),
    HASH_CONCURRENCY("Argon2id hashes running at once (default: number of cores)"),
    HASH_QUEUE_TIMEOUT_MS("longest wait for a hashing slot before 503 (default 2000)"),
    ARGON2_MEMORY_KIB("Argon2id memory, >= 19456 in serve (default 19456)"),
    ARGON2_ITERATIONS("Argon2id passes, >= 2 in serve (default 2)"),
    ARGON2_PARALLELISM("Argon2id lanes (default 1)"),
    MAX_IN_FLIGHT_HASHING("requests in flight on routes that hash a PIN or password, per instance; more are answered 503"
            + " with Retry-After (default: 32 x HASH_CONCURRENCY)"),
    MAX_IN_FLIGHT_DATABASE("requests in flight on the other routes that use PostgreSQL or Redis, per instance"
            + " (default: 16 x DATABASE_POOL_SIZE)"),
    MAX_IN_FLIGHT_CHEAP("requests in flight on routes that read no store (JWKS, OpenAPI, docs), per instance (default 256)"),
    IN_FLIGHT_QUEUE_TIMEOUT_MS("longest a request waits for a place in its class before 503, 0..1000 (default 50)"),
    SMS_WEBHOOK_URL("https URL of the SMS gateway that receives {to, code} as signed JSON; http only to a loopback host"
            + " (required in serve; dev prints codes)"),
    SMS_WEBHOOK_KEY("base64 HMAC key, >= 32 bytes, signing requests to the SMS gateway:"
            + " X-FinGuard-Signature: t=<unix s>,v1=hex(HMAC-SHA256(t + \".\" + body))"
            + " (required with SMS_WEBHOOK_URL)"),
    WEBAUTHN_RP_ID("WebAuthn relying party id: the domain passkeys are bound to, e.g. example.com (default localhost)"),
    WEBAUTHN_ORIGINS("comma-separated origins whose pages run passkey ceremonies, https (http only for localhost), each on"
            + " the RP id or a subdomain, e.g. https://app.example.com (default http://localhost:<HTTP_PORT>)"),
    DORMANCY_DAYS("days without a login or refresh after which an account is dormant: its number proven from a device"
            + " it never used asks for the password and may be released as recycled, 1..3650 (default 180)"),
    SIM_SWAP_WINDOW_HOURS("hours after a SIM swap during which step-up needs the password and transfers are held,"
            + " 1..2400 (default 72)"),
    SIM_SWAP_CACHE_SECONDS("seconds a SIM-swap answer is kept in memory per number (keyed by a digest), 0..3600 (default 60)"),
    SIM_SWAP_PROVIDER("who answers SIM-swap checks: camara, or none (no signal) (default none; dev: stub)"),
    SIM_SWAP_CAMARA_API_ROOT("https URL of the operator's CAMARA SIM Swap API, ending in /sim-swap/v1; http only to a"
            + " loopback host (required with SIM_SWAP_PROVIDER=camara)"),
    SIM_SWAP_CAMARA_TOKEN_URL("https URL of the operator's OAuth2 token endpoint (client credentials, client_secret_basic)"
            + " (required with SIM_SWAP_PROVIDER=camara)"),
    SIM_SWAP_CAMARA_CLIENT_ID("OAuth2 client id at the operator (required with SIM_SWAP_PROVIDER=camara)"),
    SIM_SWAP_CAMARA_CLIENT_SECRET("OAuth2 client secret at the operator; never logged (required with SIM_SWAP_PROVIDER=camara)"),
    SIM_SWAP_CAMARA_SCOPE("scope asked for with the token (default sim-swap:check sim-swap:retrieve-date)"),
    SIM_SWAP_CAMARA_TIMEOUT_MS("connect and request timeout of each call to the operator, 100..10000 (default 2000)"),
    SIM_SWAP_CAMARA_BREAKER_FAILURES("failures in a row (5xx, 429, timeout, no connection) that open the circuit breaker,"
            + " 1..100 (default 5)"),
    SIM_SWAP_CAMARA_BREAKER_OPEN_SECONDS("seconds the open breaker answers Unknown without calling, before one trial call,"
            + " 1..3600 (default 30)"),
    SCA_TRUSTED_PAYEES("true: payments to a payee on the payer's trusted list need no strong authentication (PSD2 RTS"
            + " Art. 13); false: they do (default true)"),
    SCA_LOW_VALUE("true: low-value payments to a known payee need no strong authentication within the limits below (PSD2"
            + " RTS Art. 16); false: they do (default true)"),
    SCA_LOW_VALUE_MAX_MINOR("largest low-value payment in minor units of FINGUARD_CURRENCY, 1..3000 (default 3000)"),
    SCA_LOW_VALUE_CUMULATIVE_MINOR("most paid without strong authentication since the last one, this payment included,"
            + " minor units, 1..10000 (default 10000)"),
    SCA_LOW_VALUE_MAX_PAYMENTS("most payments without strong authentication since the last one, this one included,"
            + " 1..5 (default 5)"),
    /** Read by logback.xml, not by the configuration records; listed so it is not taken for a typo. */
    LOG_LEVEL("root log level, e.g. DEBUG (default INFO)"),
    /** Read by the commands before logging starts (LogOutput); checked here like every other value. */
    LOG_FORMAT("json (one object per line) or text (one readable line, coloured on a terminal) (default: json in serve, text in dev)"),
    /** Dev only: every OTP is this code, so scripts can walk the flows. {@code serve} refuses it. */
    DEV_FIXED_OTP_CODE("dev only: every code is this one (refused in serve)"),
    /** Dev only: what the stub network answers, e.g. +4915112345678=swapped@2026-03-01T10:00:00Z,+4915187654321=unknown. */
    DEV_SIM_SWAP_ANSWERS("dev only: the stub network's SIM-swap answers, <E.164>=swapped@<ISO instant>|unknown|not_swapped,..."
            + " (refused in serve)");

    public static final String PREFIX = "FINGUARD_";
    /** Dev-only switches share this prefix; {@code serve} refuses any variable that carries it. */
    public static final String DEV_PREFIX = PREFIX + "DEV_";
    /** Tests read their own variables (FINGUARD_TEST_DATABASE_URL ...); the service ignores them. */
    public static final String TEST_PREFIX = PREFIX + "TEST_";

    private final String description;

    Setting(String description) {
        this.description = description;
    }

    /** One line for {@code --help}. */
    public String description() {
        return description;
    }

    /** The environment variable's name, e.g. {@code FINGUARD_OTP_KEY}. */
    public String key() {
        return PREFIX + name();
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(setting -> setting.key().equals(key)).findFirst();
    }
}
