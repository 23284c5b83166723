package io.finguard.testsupport;

/**
 * The Redis of a test JVM: the server named by {@code FINGUARD_TEST_REDIS_URL} when it is set, else one embedded
 * Redis on a free port, started on first use and stopped when the JVM ends. Tests keep apart by key namespaces.
 */
public final class SharedRedis {
    public static final String URL_VARIABLE = "FINGUARD_TEST_REDIS_URL";

    private static final class Holder {
        private static final SharedRedis SHARED = announced(start());
    }

    private final String url;
    private final boolean external;

    private SharedRedis(String url, boolean external) {
        this.url = url;
        this.external = external;
    }

    public static SharedRedis shared() {
        return Holder.SHARED;
    }

    public String url() {
        return url;
    }

    /** True when the server is the one of {@value #URL_VARIABLE}, which other programs may use too. */
    public boolean external() {
        return external;
    }

    @Override
    public String toString() {
        return external ? "Redis from " + URL_VARIABLE : "embedded Redis at " + url;
    }

    /** One line in the test output says which Redis the run used (the CI passes rely on it). */
    private static SharedRedis announced(SharedRedis redis) {
        System.out.println("[SharedRedis] " + redis);
        return redis;
    }

    private static SharedRedis start() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new SharedRedis(configured.trim(), true);
        }
        StoppableRedis embedded = StoppableRedis.started();
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "stop-shared-redis"));
        return new SharedRedis(embedded.url(), false);
    }
}
