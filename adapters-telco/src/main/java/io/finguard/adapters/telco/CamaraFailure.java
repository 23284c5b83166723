package io.finguard.adapters.telco;

/** A call to the operator that gave no usable answer; {@code outage} says whether it counts against the breaker. */
final class CamaraFailure extends RuntimeException {
    private final boolean outage;

    CamaraFailure(String message, boolean outage) {
        super(message, null, false, false);
        this.outage = outage;
    }

    boolean outage() {
        return outage;
    }
}
