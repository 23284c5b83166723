package io.finguard.bootstrap.wiring;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes what was opened, last first, so the HTTP server stops before the pools it uses; one failure never skips the rest. */
final class Closer {
    private static final Logger LOG = LoggerFactory.getLogger(Closer.class);

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    synchronized <T extends AutoCloseable> T add(T resource) {
        opened.push(resource);
        return resource;
    }

    synchronized void close() {
        while (!opened.isEmpty()) {
            AutoCloseable next = opened.pop();
            try {
                next.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", next.getClass().getSimpleName(), e.getClass().getSimpleName());
            } catch (Error e) {
                LOG.error("closing {} failed with an error", next.getClass().getSimpleName());
                throw e;
            }
        }
    }
}
