package io.finguard.archfixture.clean.adapters.web;

import io.finguard.archfixture.clean.domain.CleanPolicy;

/** Fixture: an adapter that knows only the domain. */
public final class WebHandler {
    private final CleanPolicy policy = new CleanPolicy();

    public int handle(String phone) {
        return policy.allows(phone) ? 202 : 400;
    }
}
