package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Resources;

/** A lifetime that is over as soon as it is awaited: closes what was started, as a shutdown signal would. */
final class ImmediateLifetime implements Lifetime {
    private Resources resources;
    int stops;

    @Override
    public void closeOnStop(Resources resources) {
        this.resources = resources;
    }

    @Override
    public void awaitStop() {
        stops++;
        resources.close();
    }
}
