package io.finguard.domain.token;

/** Kinds of flow ticket; each is its own token type and audience, never accepted for another. */
public enum TicketKind {
    /** Lets the holder continue a signup (subject: PreUser id). */
    SIGNUP,
    /** Lets the holder finish a login with a PIN or password (subject: user id). */
    STEP_UP,
    /** Lets the holder of a just-proven number say a dormant account on it is not theirs (subject: user id). */
    RELEASE_NUMBER
}
