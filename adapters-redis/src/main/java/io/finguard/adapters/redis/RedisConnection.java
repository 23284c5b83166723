package io.finguard.adapters.redis;

import io.finguard.domain.port.out.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.util.JedisURIHelper;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A pooled Jedis {@link RedisClient} with explicit pool and timeouts. Every call that cannot get an
 * answer in time ends in {@link DependencyUnavailableException}; it recovers by itself when Redis returns.
 */
public final class RedisConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisConnection.class);
    /** Error replies that mean Redis cannot serve right now (loading, failover, memory), not a bug of ours. */
    private static final Set<String> OUTAGE_REPLIES =
            Set.of("LOADING", "BUSY", "READONLY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN", "OOM", "NOREPLICAS");

    private final RedisClient client;
    private final RedisConnectionConfig settings;

    private RedisConnection(RedisClient client, RedisConnectionConfig settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Opens a pool to {@code redis://[user:password@]host:port[/db]} ({@code rediss://} for TLS). Connections
     * are made lazily, so this succeeds while Redis is down; {@link #ping()} tells whether it answers.
     */
    public static RedisConnection open(String url, RedisConnectionConfig settings) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(settings, "settings");
        URI uri = parse(url);
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(settings.connectTimeout()))
                .socketTimeoutMillis(millis(settings.socketTimeout()))
                .clientName("finguard")
                .ssl(JedisURIHelper.isRedisSSLScheme(uri));
        String password = JedisURIHelper.getPassword(uri);
        if (password != null) {
            config.user(JedisURIHelper.getUser(uri)).password(password);
        }
        if (JedisURIHelper.hasDbIndex(uri)) {
            config.database(JedisURIHelper.getDBIndex(uri));
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMinIdle(0);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(settings.maxWait());
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(uri))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
        return new RedisConnection(client, settings);
    }

    /** Round trip of a PING; throws {@link DependencyUnavailableException} when Redis does not answer in time. */
    public Duration ping() {
        long start = System.nanoTime();
        call(RedisClient::ping);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public RedisConnectionConfig settings() {
        return settings;
    }

    /** Runs a script by EVALSHA; after NOSCRIPT (restart, failover, SCRIPT FLUSH) loads it and runs it again. */
    List<Long> eval(LuaScript script, List<String> keys, List<String> args) {
        return call(redis -> {
            Object reply;
            try {
                reply = redis.evalsha(script.sha(), keys, args);
            } catch (JedisNoScriptException e) {
                redis.scriptLoad(script.source(), keys.get(0));
                reply = redis.evalsha(script.sha(), keys, args);
            }
            return ((List<?>) reply).stream().map(Long.class::cast).toList();
        });
    }

    /** Runs one command, turning an outage into {@link DependencyUnavailableException}. */
    <T> T call(Function<RedisClient, T> command) {
        try {
            return command.apply(client);
        } catch (JedisConnectionException e) {
            if (causedBy(e, SocketTimeoutException.class)) {
                throw unavailable(e);
            }
            // Pooled connections that went stale while Redis restarted fail on first use, and fast:
            // drop the idle ones and try once more on a fresh connection.
            client.getPool().clear();
            try {
                return command.apply(client);
            } catch (JedisException again) {
                throw translate(again);
            }
        } catch (JedisException e) {
            throw translate(e);
        }
    }

    /** The client itself, for tests that inspect keys or provoke faults. */
    RedisClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }

    private RuntimeException translate(JedisException e) {
        if (e instanceof JedisDataException && !isOutageReply(e.getMessage())) {
            return e; // an error reply to our own command is a bug, not an outage
        }
        return unavailable(e);
    }

    private DependencyUnavailableException unavailable(JedisException e) {
        log.warn("Redis unavailable: {}", e.toString());
        return new DependencyUnavailableException("redis", settings.retryAfter(), e);
    }

    private static boolean isOutageReply(String message) {
        if (message == null) {
            return false;
        }
        int space = message.indexOf(' ');
        return OUTAGE_REPLIES.contains(space < 0 ? message : message.substring(0, space));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static URI parse(String url) {
        // The messages never repeat the URL: it may carry a password.
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Redis URL is not a valid URI");
        }
        if (!JedisURIHelper.isValid(uri) || !(JedisURIHelper.isRedisScheme(uri) || JedisURIHelper.isRedisSSLScheme(uri))) {
            throw new IllegalArgumentException("Redis URL must look like redis://[user:password@]host:port[/db]");
        }
        return uri;
    }

    private static int millis(Duration d) {
        return Math.toIntExact(d.toMillis());
    }
}
