package io.finguard.adapters.web.operator;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.Reply;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.port.in.ListDeadEvents;
import io.finguard.domain.port.in.RedeliverEvent;
import io.finguard.domain.event.QueuedEvent;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operator routes for domain events that could not be delivered: list the dead ones, redeliver one. */
public final class AdminEventEndpoints {
    private final ListDeadEvents listDeadEvents;
    private final RedeliverEvent redeliverEvent;
    private final Guard guard;
    private final Edge edge;

    public AdminEventEndpoints(ListDeadEvents listDeadEvents, RedeliverEvent redeliverEvent, Guard guard, Edge edge) {
        this.listDeadEvents = listDeadEvents;
        this.redeliverEvent = redeliverEvent;
        this.guard = guard;
        this.edge = edge;
    }

    record DeadBody(List<DeadEntry> items) {
    }

    /** One dead delivery: the event as it would be sent, and why the last send failed (an exception's name). */
    record DeadEntry(String id, String subscriber, String type, String userId, String time, Map<String, String> data, int attempts,
                     String lastFailure) {
        static DeadEntry of(QueuedEvent dead) {
            return new DeadEntry(dead.event().id().toString(), dead.subscriber(), dead.event().type(), dead.event().user().toString(),
                    dead.event().at().toString(), dead.event().data(), dead.attempts(), dead.lastFailure().orElse(null));
        }
    }

    record RedeliveredBody(String id, int deliveries) {
    }

    public void dead(Context ctx) {
        guard.admin(ctx);
        edge.reply(ctx, Reply.json(200, new DeadBody(listDeadEvents.list(AdminEndpoints.limit(ctx)).stream().map(DeadEntry::of).toList())));
    }

    public void redeliver(Context ctx) {
        guard.admin(ctx);
        UUID id = CanonicalUuid.read(ctx.pathParam("eventId"))
                .orElseThrow(() -> new ProblemException(Problem.validation("eventId", "must be an event id (UUID)")));
        Reply reply = switch (redeliverEvent.redeliver(id)) {
            case RedeliverEvent.Result.Redelivered done -> Reply.json(202, new RedeliveredBody(id.toString(), done.deliveries()));
            case RedeliverEvent.Result.NotDead none -> Reply.problem(404, ProblemCode.DEAD_EVENT_NOT_FOUND,
                    "No delivery of this event is dead.");
        };
        edge.reply(ctx, reply);
    }
}
