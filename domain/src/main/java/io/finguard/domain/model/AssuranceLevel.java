package io.finguard.domain.model;

/** The {@code acr} of a session: one factor (phone possession) or two (phone plus a known secret). */
public enum AssuranceLevel {
    AAL1("urn:finguard:acr:aal1"),
    AAL2("urn:finguard:acr:aal2");

    private final String wireName;

    AssuranceLevel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AssuranceLevel fromWireName(String name) {
        for (AssuranceLevel level : values()) {
            if (level.wireName.equals(name)) {
                return level;
            }
        }
        return null;
    }
}
