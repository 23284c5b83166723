package io.finguard.domain.port.out;

/** The list of common and breached passwords a new password must not be in. */
public interface CommonPasswords {

    /** {@code normalized} is NFKC-normalized; the comparison ignores case. */
    boolean contains(String normalized);
}
