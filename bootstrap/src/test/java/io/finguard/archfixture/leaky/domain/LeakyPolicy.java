package io.finguard.archfixture.leaky.domain;

import io.finguard.archfixture.leaky.adapters.web.WebRequest;

/** Fixture violation: a domain class that imports an adapter type and shows it in its signature. */
public final class LeakyPolicy {
    public boolean decide(WebRequest request) {
        return request.body().isEmpty();
    }
}
