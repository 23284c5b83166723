package io.finguard.application.session;

import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.port.out.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues flow tickets (signup, step-up) of a given lifetime. */
public final class Tickets {
    private final TokenIssuer tokens;
    private final Ids ids;
    private final Clock clock;

    public Tickets(TokenIssuer tokens, Ids ids, Clock clock) {
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
    }

    public IssuedToken issue(TicketKind kind, Object subject, Optional<DeviceId> device, Duration ttl) {
        return issue(kind, subject, device, Optional.empty(), ttl);
    }

    /** A ticket that carries the session name the client gave, for the session its flow ends in. */
    public IssuedToken issue(TicketKind kind, Object subject, Optional<DeviceId> device, Optional<SessionName> sessionName,
                             Duration ttl) {
        Instant now = clock.instant();
        return tokens.issueTicket(new FlowTicket(kind, subject.toString(), device, now, now.plus(ttl), ids.next().toString(),
                sessionName));
    }
}
