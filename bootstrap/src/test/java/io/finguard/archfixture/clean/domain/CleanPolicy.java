package io.finguard.archfixture.clean.domain;

/** Fixture: a domain class that uses only java.lang. */
public final class CleanPolicy {
    public boolean allows(String phone) {
        return phone.startsWith("+");
    }
}
