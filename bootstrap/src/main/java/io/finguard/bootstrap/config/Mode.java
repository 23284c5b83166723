package io.finguard.bootstrap.config;

/** How the service runs: {@code dev} on embedded infrastructure, or {@code serve} in production with strict secrets. */
public enum Mode {
    DEV,
    SERVE
}
