package io.finguard.domain.port.out;

import io.finguard.domain.model.FamilyId;
import java.util.Collection;

/**
 * Sessions that ended anywhere in the deployment, as this instance has heard of them: an access token of an ended
 * session is refused on every instance within a second, not only once it expires. Announcements are part of the
 * caller's transaction (heard once it commits, never if it rolls back); what is heard is kept for one access-token
 * lifetime, after which every token of the session has expired anyway.
 */
public interface RevokedSessions {

    /** Announces, inside the caller's transaction, that these sessions ended. */
    void announce(Collection<FamilyId> sessions);

    /** What this instance knows of the session now; {@link Hearing#UNSURE} while it cannot hear announcements. */
    Hearing heard(FamilyId session);

    /** The answer of {@link #heard}. */
    enum Hearing {
        /** The session's end was announced within the last access-token lifetime. */
        REVOKED,
        /** No end was announced, and this instance is listening: no announcement can have been missed. */
        NOT_REVOKED,
        /** This instance is not (or no longer surely) listening: ask the system of record. */
        UNSURE
    }
}
