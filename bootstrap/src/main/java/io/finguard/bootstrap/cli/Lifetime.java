package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Resources;

/** How long a run lives: until the process is asked to stop; then everything the run started is closed. */
public interface Lifetime {

    /** From now on a stop request closes {@code resources}; called before anything is started. */
    void closeOnStop(Resources resources);

    /** Blocks until a stop was requested and the resources are closed. */
    void awaitStop() throws InterruptedException;
}
