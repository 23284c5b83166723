package io.finguard.bootstrap;

/** A started service. Closing it stops accepting requests, lets in-flight ones finish, then closes the pools. */
public interface RunningService extends AutoCloseable {

    @Override
    void close();
}
