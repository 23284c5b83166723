package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Resources;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lives until the JVM is told to stop (Ctrl-C, SIGTERM). The closing runs inside the shutdown hook, because the
 * JVM exits as soon as its hooks are done: the service drains and the servers stop before the process ends.
 * The hook is registered before anything starts, so a stop during start-up still stops what was started.
 */
public final class JvmLifetime implements Lifetime {
    private static final Logger LOG = LoggerFactory.getLogger(JvmLifetime.class);

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public void closeOnStop(Resources resources) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            try {
                resources.close();
                LOG.info("stopped");
            } catch (RuntimeException e) {
                LOG.error("stopping did not complete cleanly", e);
            } finally {
                stopped.countDown();
            }
        }, "finguard-shutdown"));
    }

    @Override
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
