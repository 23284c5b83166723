package io.finguard.domain.model;

/**
 * The name a client gives its session at login ("Anna's phone"), shown back in the session list: plain text of
 * 1-64 characters under {@link TextRule}. It identifies nothing and is never trusted.
 */
public record SessionName(String value) {
    /** The one rule for a session name, shared by the edge and this constructor. */
    public static final TextRule RULE = new TextRule(1, 64);

    public SessionName {
        RULE.require("sessionName", value);
    }
}
