package io.finguard.adapters.web.operator;

import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.adapters.web.session.SessionListBody;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.EndUserSessions;
import io.finguard.domain.port.in.ListSessions;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Operator routes for a user's sessions: list them, end one, end all. Ending needs a reason (JSON body), which the
 * audit log keeps.
 */
public final class AdminSessionEndpoints {
    private final ListSessions listSessions;
    private final EndUserSessions endUserSessions;
    private final Guard guard;
    private final Edge edge;

    public AdminSessionEndpoints(ListSessions listSessions, EndUserSessions endUserSessions, Guard guard, Edge edge) {
        this.listSessions = listSessions;
        this.endUserSessions = endUserSessions;
        this.guard = guard;
        this.edge = edge;
    }

    record EndRequest(String reason) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("reason", reason, EndUserSessions.REASON);
        }
    }

    record EndedBody(String userId, int sessionsEnded) {
    }

    public void list(Context ctx) {
        guard.admin(ctx);
        UserId user = userPath(ctx);
        Reply reply = switch (listSessions.list(new ListSessions.Command(user, Optional.empty()))) {
            case ListSessions.Result.Listed listed -> Reply.json(200, SessionListBody.of(listed.sessions()));
            case ListSessions.Result.UserNotFound missing -> Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user.");
        };
        edge.reply(ctx, reply);
    }

    public void endOne(Context ctx) {
        guard.admin(ctx);
        UserId user = userPath(ctx);
        FamilyId session = CanonicalUuid.read(ctx.pathParam("sessionId")).map(FamilyId::of)
                .orElseThrow(() -> new ProblemException(Problem.validation("sessionId", "must be a session id (UUID)")));
        end(ctx, user, Optional.of(session));
    }

    public void endAll(Context ctx) {
        guard.admin(ctx);
        end(ctx, userPath(ctx), Optional.empty());
    }

    private void end(Context ctx, UserId user, Optional<FamilyId> session) {
        EndRequest body = edge.body(ctx, EndRequest.class);
        Reply reply = switch (endUserSessions.end(new EndUserSessions.Command(user, session, body.reason()))) {
            case EndUserSessions.Result.Ended ended -> Reply.json(200, new EndedBody(user.toString(), ended.sessionsEnded()));
            case EndUserSessions.Result.NotFound missing -> session.isPresent()
                    ? Reply.problem(404, ProblemCode.SESSION_NOT_FOUND, "There is no such session of this user.")
                    : Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user.");
        };
        edge.reply(ctx, reply);
    }

    private static UserId userPath(Context ctx) {
        return CanonicalUuid.read(ctx.pathParam("userId")).map(UserId::of)
                .orElseThrow(() -> new ProblemException(Problem.validation("userId", "must be a user id (UUID)")));
    }
}
