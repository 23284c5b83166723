package io.finguard.domain.port.in;

import io.finguard.domain.event.QueuedEvent;
import java.util.List;

/** Operator: event deliveries that failed too often (dead letters), oldest event first. */
public interface ListDeadEvents {

    List<QueuedEvent> list(int limit);
}
