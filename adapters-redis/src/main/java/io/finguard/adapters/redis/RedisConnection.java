package io.finguard.adapters.redis;

import io.finguard.domain.port.out.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.util.Pool;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A pooled Jedis client (one node, Sentinel or Cluster: {@link RedisTopology}) with explicit pool and timeouts. Every call that cannot get an
 * answer in time ends in {@link DependencyUnavailableException}; it recovers by itself when Redis returns.
 */
public final class RedisConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisConnection.class);
    /** Error replies that mean Redis cannot serve right now (loading, failover, memory), not a bug of ours. */
    private static final Set<String> OUTAGE_REPLIES =
            Set.of("LOADING", "BUSY", "READONLY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN", "OOM", "NOREPLICAS");

    private final UnifiedJedis client;
    private final RedisTopology topology;
    private final RedisConnectionConfig settings;

    private RedisConnection(UnifiedJedis client, RedisTopology topology, RedisConnectionConfig settings) {
        this.client = client;
        this.topology = topology;
        this.settings = settings;
    }

    /**
     * Opens pools to the Redis {@code url} names ({@link RedisTopology}: one node, a Sentinel-watched master, or a
     * Cluster). A single node is connected lazily, so this succeeds while Redis is down; a Sentinel or Cluster
     * client asks its sentinels or seed nodes for the topology now and throws when none answers.
     * {@link #ping()} tells whether Redis answers.
     */
    public static RedisConnection open(String url, RedisConnectionConfig settings) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(settings, "settings");
        RedisTopology topology = RedisTopology.parse(url);
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(settings.connectTimeout()))
                .socketTimeoutMillis(millis(settings.socketTimeout()))
                .clientName("finguard")
                .ssl(topology.tls());
        topology.credentials().passwordIfAny().ifPresent(password ->
                config.user(topology.credentials().user()).password(password));
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMinIdle(0);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(settings.maxWait());
        UnifiedJedis client = switch (topology) {
            case RedisTopology.Single single -> RedisClient.builder()
                    .hostAndPort(single.node())
                    .clientConfig(config.database(single.database()).build())
                    .poolConfig(pool)
                    .build();
            case RedisTopology.Sentinel sentinel -> RedisSentinelClient.builder()
                    .masterName(sentinel.masterName())
                    .sentinels(sentinel.sentinels())
                    .sentinelClientConfig(DefaultJedisClientConfig.builder()
                            .connectionTimeoutMillis(millis(settings.connectTimeout()))
                            .socketTimeoutMillis(millis(settings.socketTimeout()))
                            .clientName("finguard-sentinel").ssl(sentinel.tls()).build())
                    .clientConfig(config.database(sentinel.database()).build())
                    .poolConfig(pool)
                    .build();
            // A command follows at most 3 redirections or reconnects within one worst case, then fails closed.
            case RedisTopology.Cluster cluster -> RedisClusterClient.builder()
                    .nodes(cluster.seeds())
                    .clientConfig(config.build())
                    .poolConfig(pool)
                    .maxAttempts(3)
                    .maxTotalRetriesDuration(settings.worstCase())
                    .build();
        };
        return new RedisConnection(client, topology, settings);
    }

    /** Round trip of a PING; throws {@link DependencyUnavailableException} when Redis does not answer in time. */
    public Duration ping() {
        long start = System.nanoTime();
        call(UnifiedJedis::ping);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public RedisConnectionConfig settings() {
        return settings;
    }

    /** How Redis is deployed, as the URL said. */
    public RedisTopology topology() {
        return topology;
    }

    /** Runs a script by EVALSHA; after NOSCRIPT (restart, failover, SCRIPT FLUSH) runs it by EVAL, which caches it. */
    List<Long> eval(LuaScript script, List<String> keys, List<String> args) {
        return call(redis -> {
            Object reply;
            try {
                reply = redis.evalsha(script.sha(), keys, args);
            } catch (JedisNoScriptException e) {
                // EVAL runs on the node of the keys and caches the script there. Not SCRIPT LOAD: on a Cluster
                // Jedis sends that to every master and fails when any one of them is down.
                reply = redis.eval(script.source(), keys, args);
            }
            return ((List<?>) reply).stream().map(Long.class::cast).toList();
        });
    }

    /** Runs one command, turning an outage into {@link DependencyUnavailableException}. */
    <T> T call(Function<UnifiedJedis, T> command) {
        try {
            return command.apply(client);
        } catch (JedisConnectionException e) {
            if (causedBy(e, SocketTimeoutException.class)) {
                throw unavailable(e);
            }
            // Pooled connections that went stale while Redis restarted fail on first use, and fast:
            // drop the idle ones and try once more on a fresh connection.
            dropIdleConnections();
            try {
                return command.apply(client);
            } catch (JedisException again) {
                throw translate(again);
            }
        } catch (JedisException e) {
            throw translate(e);
        }
    }

    /** Closes the idle pooled connections of every node this client knows, so the next call connects afresh. */
    private void dropIdleConnections() {
        switch (client) {
            case RedisClient single -> single.getPool().clear();
            case RedisSentinelClient sentinel -> sentinel.getPrimaryNodesConnectionMap().values().forEach(Pool::clear);
            case RedisClusterClient cluster -> cluster.getClusterNodes().values().forEach(ConnectionPool::clear);
            default -> { }
        }
    }

    /** The client itself, for tests that inspect keys or provoke faults. */
    UnifiedJedis client() {
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

    private static int millis(Duration d) {
        return Math.toIntExact(d.toMillis());
    }
}
