package io.finguard.bootstrap.cli;

/** Process exit codes; 78 is sysexits' EX_CONFIG, so scripts can tell a bad configuration from a crash. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int CONFIG = 78;

    private ExitCodes() {
    }
}
