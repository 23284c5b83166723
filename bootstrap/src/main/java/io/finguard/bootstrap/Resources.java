package io.finguard.bootstrap;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one run started, closed newest first: the service stops before the servers it uses, and inside the service
 * the HTTP server stops before the pools it uses. Starting and closing
 * exclude each other, so a stop that arrives while a server starts waits for it and then stops it too, instead of
 * leaving an orphan PostgreSQL behind. Closing goes on past a failure and is harmless twice.
 */
public final class Resources implements AutoCloseable {
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean closed;

    /** Starts something and takes charge of closing it; refuses once closing has begun. */
    public synchronized <T extends AutoCloseable> T start(Supplier<T> starter) {
        if (closed) {
            throw new IllegalStateException("stopping: nothing new is started");
        }
        T resource = Objects.requireNonNull(starter.get(), "started resource");
        started.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        closed = true;
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("some resources did not close cleanly", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
