package io.finguard.adapters.web.session;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.Reply;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.in.ListSessions;
import io.finguard.domain.token.AccessClaims;
import io.javalin.http.Context;
import java.util.Optional;

/** GET /v1/me/sessions and DELETE /v1/me/sessions/{sessionId}: the caller's own sessions, never another user's. */
public final class MySessionsEndpoints {
    private final ListSessions listSessions;
    private final EndSession endSession;
    private final Guard guard;
    private final Edge edge;

    public MySessionsEndpoints(ListSessions listSessions, EndSession endSession, Guard guard, Edge edge) {
        this.listSessions = listSessions;
        this.endSession = endSession;
        this.guard = guard;
        this.edge = edge;
    }

    public void list(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        Reply reply = switch (listSessions.list(new ListSessions.Command(claims.subject(), Optional.of(claims.session())))) {
            case ListSessions.Result.Listed listed -> Reply.json(200, SessionListBody.of(listed.sessions()));
            case ListSessions.Result.UserNotFound missing -> Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user.");
        };
        edge.reply(ctx, reply);
    }

    /** A malformed id is answered like an unknown one: 404 either way, as for another user's session. */
    public void end(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        edge.noBody(ctx);
        Optional<FamilyId> target = CanonicalUuid.read(ctx.pathParam("sessionId")).map(FamilyId::of);
        if (target.isEmpty()) {
            edge.reply(ctx, notFound());
            return;
        }
        Reply reply = switch (endSession.end(new EndSession.Command(claims.subject(), claims.session(), target.get()))) {
            case EndSession.Result.Ended ended -> Reply.noContent();
            case EndSession.Result.NotFound missing -> notFound();
            case EndSession.Result.SessionNotLive notLive -> Guard.notLive(notLive.reason());
        };
        edge.reply(ctx, reply);
    }

    static Reply notFound() {
        return Reply.problem(404, ProblemCode.SESSION_NOT_FOUND, "There is no such session.");
    }
}
