package io.finguard.domain.port.in;

import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.util.List;
import java.util.Objects;

/** The caller's passkeys. */
public interface ListPasskeys {

    Result list(Command command);

    /** The caller, by a live session's access token. */
    record Command(AccessClaims caller) {
        public Command {
            Objects.requireNonNull(caller, "caller");
        }
    }

    /** What listing came to. */
    sealed interface Result {
        /** The passkeys, oldest first. */
        record Listed(List<PasskeyView> passkeys) implements Result {
            public Listed {
                passkeys = List.copyOf(passkeys);
            }
        }

        /** The session or its user may not continue. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }
    }
}
