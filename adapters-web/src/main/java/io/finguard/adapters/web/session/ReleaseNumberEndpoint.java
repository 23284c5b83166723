package io.finguard.adapters.web.session;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Reply;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.ReleaseNumber;
import io.finguard.domain.token.FlowTicket;
import io.javalin.http.Context;

/**
 * POST /v1/auth/release-number: "this is not my account". Only the release ticket of a login (issued right after
 * the number was proven, for a dormant account on a device new to it) is accepted, with no body: the user and the
 * device come from the ticket alone. The answer is a signup ticket for the number, as for any unknown number.
 */
public final class ReleaseNumberEndpoint {
    private final ReleaseNumber releaseNumber;
    private final Guard guard;
    private final Edge edge;
    private final LoginReplies logins;

    public ReleaseNumberEndpoint(ReleaseNumber releaseNumber, Guard guard, Edge edge, LoginReplies logins) {
        this.releaseNumber = releaseNumber;
        this.guard = guard;
        this.edge = edge;
        this.logins = logins;
    }

    public void release(Context ctx) {
        FlowTicket ticket = guard.releaseTicket(ctx);
        edge.noBody(ctx);
        UserId user;
        try {
            user = UserId.parse(ticket.subject());
        } catch (IllegalArgumentException e) {
            throw Guard.invalidToken("A release ticket is required.");
        }
        Reply reply = switch (releaseNumber.release(new ReleaseNumber.Command(user, ticket.device()))) {
            case ReleaseNumber.Result.Released released -> logins.reply(200, released.signup());
            case ReleaseNumber.Result.Refused refused ->
                    Reply.problem(409, refused.reason().code(), "This number cannot be released from that account.");
        };
        edge.reply(ctx, reply);
    }
}
