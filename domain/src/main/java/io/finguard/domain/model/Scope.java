package io.finguard.domain.model;

/** An access-token scope; the wire name is what appears in the token's {@code scope} claim. */
public enum Scope {
    PROFILE_READ("profile:read"),
    BALANCE_READ("balance:read"),
    KYC_SUBMIT("kyc:submit"),
    TRANSFER_CREATE("transfer:create"),
    SESSION_MANAGE("session:manage");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The scope for a wire name, or null when the name is unknown. */
    public static Scope fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(name)) {
                return scope;
            }
        }
        return null;
    }
}
