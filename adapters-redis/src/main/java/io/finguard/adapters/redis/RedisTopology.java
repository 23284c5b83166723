package io.finguard.adapters.redis;

import redis.clients.jedis.HostAndPort;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Redis is and how it is deployed, read from {@code FINGUARD_REDIS_URL}:
 * <ul>
 *   <li>{@code redis://[user:password@]host[:port][/db]} (or {@code rediss://}): one node;</li>
 *   <li>{@code redis-sentinel://[user:password@]h1:26379,h2:26379,h3:26379/<master-name>[/db]}
 *       (or {@code rediss-sentinel://}): the master Sentinel names, followed through failovers;</li>
 *   <li>{@code redis-cluster://[user:password@]h1:6379,h2:6379,h3:6379} (or {@code rediss-cluster://}): seed
 *       nodes of a Redis Cluster, whose slot map the client learns and follows (MOVED, ASK, failover).</li>
 * </ul>
 * Credentials belong to the data nodes; the port defaults to 6379 (26379 for sentinels). Error messages never
 * repeat the URL, which may carry a password.
 */
public sealed interface RedisTopology {

    /** User and password for the data nodes, empty when Redis needs none. */
    Credentials credentials();

    /** TLS to the data nodes. */
    boolean tls();

    /** One Redis server. */
    record Single(HostAndPort node, Credentials credentials, boolean tls, int database) implements RedisTopology {
        public Single {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /** A master watched by Sentinels; the client asks them where it is and follows a failover. */
    record Sentinel(String masterName, Set<HostAndPort> sentinels, Credentials credentials, boolean tls, int database)
            implements RedisTopology {
        public Sentinel {
            Objects.requireNonNull(masterName, "masterName");
            sentinels = Set.copyOf(sentinels);
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /** A Redis Cluster known by some of its nodes; every script touches one slot (the keys' hash tag). */
    record Cluster(Set<HostAndPort> seeds, Credentials credentials, boolean tls) implements RedisTopology {
        public Cluster {
            seeds = Set.copyOf(seeds);
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /** A user (may be null: the default user) and password, or none. */
    record Credentials(String user, String password) {
        static final Credentials NONE = new Credentials(null, null);

        Optional<String> passwordIfAny() {
            return Optional.ofNullable(password);
        }

        @Override
        public String toString() {
            return password == null ? "Credentials[none]" : "Credentials[user=" + user + ", password=***]";
        }
    }

    Pattern FORM = Pattern.compile("(?<scheme>[a-z-]+)://(?:(?<userinfo>[^@/]*)@)?(?<hosts>[^/?#@]+)(?<path>/[^?#]*)?");
    Pattern NODE = Pattern.compile("(?<host>\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+)(?::(?<port>\\d{1,5}))?");
    Pattern DATABASE = Pattern.compile("\\d{1,2}");
    Pattern MASTER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Reads one of the three URL forms; throws {@link IllegalArgumentException} naming what is wrong, never the URL. */
    static RedisTopology parse(String url) {
        Objects.requireNonNull(url, "url");
        Matcher form = FORM.matcher(url.trim());
        if (!form.matches()) {
            throw new IllegalArgumentException("Redis URL must look like redis://host:port, "
                    + "redis-sentinel://h1:26379,h2:26379/master or redis-cluster://h1:6379,h2:6379");
        }
        String scheme = form.group("scheme");
        Credentials credentials = credentials(form.group("userinfo"));
        String path = form.group("path") == null ? "" : form.group("path");
        return switch (scheme) {
            case "redis", "rediss" -> new Single(single(form.group("hosts")), credentials, scheme.equals("rediss"),
                    database(path.isEmpty() || path.equals("/") ? "" : path.substring(1)));
            case "redis-sentinel", "rediss-sentinel" -> sentinel(form.group("hosts"), path, credentials,
                    scheme.startsWith("rediss"));
            case "redis-cluster", "rediss-cluster" -> {
                if (!path.isEmpty() && !path.equals("/")) {
                    throw new IllegalArgumentException("a redis-cluster:// URL has no path: a cluster has only database 0");
                }
                yield new Cluster(nodes(form.group("hosts"), 6379), credentials, scheme.startsWith("rediss"));
            }
            default -> throw new IllegalArgumentException("Redis URL scheme must be redis, rediss, redis-sentinel, "
                    + "rediss-sentinel, redis-cluster or rediss-cluster");
        };
    }

    private static Sentinel sentinel(String hosts, String path, Credentials credentials, boolean tls) {
        String[] parts = path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
        if (parts.length < 1 || parts.length > 2 || !MASTER_NAME.matcher(parts[0]).matches()) {
            throw new IllegalArgumentException("a redis-sentinel:// URL names the master: redis-sentinel://h1:26379,h2:26379/<master-name>[/db]");
        }
        return new Sentinel(parts[0], nodes(hosts, 26379), credentials, tls, database(parts.length == 2 ? parts[1] : ""));
    }

    private static HostAndPort single(String hosts) {
        Set<HostAndPort> nodes = nodes(hosts, 6379);
        if (nodes.size() != 1 || hosts.contains(",")) {
            throw new IllegalArgumentException("a redis:// URL names one host; use redis-sentinel:// or redis-cluster:// for several");
        }
        return nodes.iterator().next();
    }

    private static Set<HostAndPort> nodes(String hosts, int defaultPort) {
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        for (String node : hosts.split(",", -1)) {
            Matcher m = NODE.matcher(node.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("Redis URL has a host that is not host[:port]");
            }
            int port = m.group("port") == null ? defaultPort : Integer.parseInt(m.group("port"));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Redis URL has a port outside 1..65535");
            }
            String host = m.group("host");
            nodes.add(new HostAndPort(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port));
        }
        return nodes;
    }

    private static int database(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        if (!DATABASE.matcher(text).matches()) {
            throw new IllegalArgumentException("Redis URL database must be a number 0..99");
        }
        return Integer.parseInt(text);
    }

    private static Credentials credentials(String userinfo) {
        if (userinfo == null || userinfo.isEmpty()) {
            return Credentials.NONE;
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            // redis://password@host is how several clients spell a password without a user.
            return new Credentials(null, decode(userinfo));
        }
        String user = userinfo.substring(0, colon);
        return new Credentials(user.isEmpty() ? null : decode(user), decode(userinfo.substring(colon + 1)));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Redis URL credentials are not valid percent-encoding");
        }
    }
}
