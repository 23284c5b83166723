package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.port.in.RedeliverEvent;
import io.finguard.domain.event.QueuedEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AdminEventRoutesTest extends RouteTest {
    private static final String[] ADMIN = {"Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN)};
    private static final UUID EVENT = UUID.fromString("00000000-0000-4000-8000-0000000000e7");

    @Test
    void deadDeliveriesAreListedWithTheirEventAndLastFailure() {
        AtomicReference<Integer> limit = new AtomicReference<>();
        api.stubs.listDeadEvents = l -> {
            limit.set(l);
            return List.of(new QueuedEvent("ledger", new EventEnvelope(EVENT, "user.blocked", Fixtures.USER, Fixtures.NOW, Map.of()),
                    8, Optional.of("IllegalStateException")));
        };

        var response = api.management().get("/v1/admin/events/dead?limit=20", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        var item = response.json().get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(EVENT.toString());
        assertThat(item.get("subscriber").asText()).isEqualTo("ledger");
        assertThat(item.get("type").asText()).isEqualTo("user.blocked");
        assertThat(item.get("userId").asText()).isEqualTo(Fixtures.USER.toString());
        assertThat(item.get("attempts").asInt()).isEqualTo(8);
        assertThat(item.get("lastFailure").asText()).isEqualTo("IllegalStateException");
        assertThat(limit.get()).isEqualTo(20);
    }

    @Test
    void redeliveryAnswers202ForADeadEvent404OtherwiseAnd400ForANonId() {
        AtomicReference<UUID> seen = new AtomicReference<>();
        api.stubs.redeliverEvent = id -> {
            seen.set(id);
            return new RedeliverEvent.Result.Redelivered(2);
        };
        var done = api.management().post("/v1/admin/events/" + EVENT + "/redeliver", "", ADMIN);
        assertThat(done.status()).isEqualTo(202);
        assertThat(done.json().get("deliveries").asInt()).isEqualTo(2);
        assertThat(seen.get()).isEqualTo(EVENT);

        api.stubs.redeliverEvent = id -> new RedeliverEvent.Result.NotDead();
        var none = api.management().post("/v1/admin/events/" + EVENT + "/redeliver", "", ADMIN);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.code()).isEqualTo("dead_event_not_found");

        assertThat(api.management().post("/v1/admin/events/not-an-id/redeliver", "", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void withoutTheAdminTokenNothingIsListedOrRedelivered() {
        assertThat(api.management().get("/v1/admin/events/dead").status()).isEqualTo(401);
        assertThat(api.management().post("/v1/admin/events/" + EVENT + "/redeliver", "").status()).isEqualTo(401);
    }
}
