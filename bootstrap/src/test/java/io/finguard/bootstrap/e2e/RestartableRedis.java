package io.finguard.bootstrap.e2e;

import io.finguard.testsupport.StoppableRedis;

/**
 * An embedded Redis of a fault test's own, stopped and started again on the same port ({@link StoppableRedis}),
 * so the service's pool finds it where it left it.
 */
final class RestartableRedis extends StoppableRedis {

    public static RestartableRedis started() {
        RestartableRedis redis = new RestartableRedis();
        redis.start();
        return redis;
    }
}
