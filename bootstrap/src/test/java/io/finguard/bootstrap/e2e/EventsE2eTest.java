package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Domain events reach subscribers as CloudEvents signed per Standard Webhooks, checked by the reference library: a
 * subscriber that was down gets every event afterwards, each user's in order, once each; one that stays down sees an
 * event dead after FINGUARD_WEBHOOK_MAX_ATTEMPTS sends, listed and redelivered through the admin API; and no payload
 * carries a phone number.
 */
class EventsE2eTest {
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

    private static OwnInfrastructure infrastructure;
    private static EventSubscriber ledger;
    private static EventSubscriber crm;
    private static E2eStack stack;

    @BeforeAll
    static void aServiceWithTwoSubscribers() {
        infrastructure = OwnInfrastructure.started();
        ledger = EventSubscriber.start();
        crm = EventSubscriber.start();
        stack = infrastructure.service(Map.of("FINGUARD_WEBHOOKS", ledger.setting("ledger") + "," + crm.setting("crm"),
                "FINGUARD_WEBHOOK_MAX_ATTEMPTS", Integer.toString(MAX_ATTEMPTS)));
    }

    @AfterAll
    static void stopIt() {
        stack.close();
        ledger.close();
        crm.close();
        infrastructure.close();
    }

    @Test
    void aSubscriberDownForAWhileGetsEveryEventAfterwardsInOrderPerUserOnceEach() throws Exception {
        Onboarding onboarding = stack.onboarding();
        ledger.goDown();
        Member ada;
        Member bob;
        try {
            ada = onboarding.signUp();
            bob = onboarding.signUp();
            admin(onboarding, "/v1/admin/users/" + ada.userId() + "/block", json("reason", "e2e: fraud review"));
            admin(onboarding, "/v1/admin/users/" + ada.userId() + "/unblock", json("reason", "e2e: cleared"));
            ledger.await(r -> ledger.refusedWhileDown() > 0, DELIVERY_WAIT, "a delivery refused while down");
        } finally {
            ledger.comeBack();
        }
        List<String> adaExpected = stored("ledger", ada.userId());
        List<String> bobExpected = stored("ledger", bob.userId());
        assertThat(adaExpected).hasSizeGreaterThanOrEqualTo(4);

        List<EventSubscriber.Received> got = ledger.await(r -> ids(r, ada.userId()).containsAll(adaExpected)
                && ids(r, bob.userId()).containsAll(bobExpected), DELIVERY_WAIT, "every event of both users");

        assertThat(ids(got, ada.userId())).as("Ada's events, in the order they happened, once each").isEqualTo(adaExpected);
        assertThat(ids(got, bob.userId())).as("Bob's events, in the order they happened, once each").isEqualTo(bobExpected);
        assertThat(types(got, ada.userId())).containsSubsequence("user.created", "user.blocked", "user.unblocked")
                .contains("session.revoked");
        assertThat(got).allSatisfy(r -> {
            assertThat(r.contentType()).isEqualTo("application/cloudevents+json");
            assertThat(r.event().getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(r.webhookId()).isEqualTo(r.event().getId());
            assertThat(r.event().getSource().toString()).isEqualTo(ServeSettings.ISSUER);
            assertThat(r.event().getDataContentType()).isEqualTo("application/json");
        });
        assertThat(ledger.badRequests()).as("every signature verified").isZero();
        assertNoPhoneIn(got, ada, bob);
    }

    @Test
    void anEventThatKeepsFailingIsDeadAfterMaxAttemptsAndTheAdminApiRedeliversIt() throws Exception {
        Onboarding onboarding = stack.onboarding();
        crm.goDown();
        Member cleo = onboarding.signUp();
        String created = stored("crm", cleo.userId()).getFirst();

        Map<String, Object> dead = awaitDead(onboarding, created);
        assertThat(dead).containsEntry("subscriber", "crm").containsEntry("type", "user.created")
                .containsEntry("userId", cleo.userId()).containsEntry("attempts", MAX_ATTEMPTS);
        assertThat(crm.received()).noneMatch(r -> r.event().getId().equals(created));
        ledger.await(r -> ids(r, cleo.userId()).contains(created), DELIVERY_WAIT, "the event at the subscriber that was up");

        crm.comeBack();
        ApiResponse redelivered = onboarding.operator().post("/v1/admin/events/" + created + "/redeliver", null,
                "Authorization", onboarding.adminBearer());
        assertThat(redelivered.status()).isEqualTo(202);
        assertThat(redelivered.json().get("deliveries").asInt()).isEqualTo(1);

        List<EventSubscriber.Received> got = crm.await(r -> ids(r, cleo.userId()).contains(created), DELIVERY_WAIT,
                "the redelivered event");
        assertThat(ids(got, cleo.userId())).containsOnlyOnce(created);
        assertThat(onboarding.operator().post("/v1/admin/events/" + created + "/redeliver", null, "Authorization",
                onboarding.adminBearer()).status()).as("delivered: no longer dead").isEqualTo(404);
        assertThat(deadIds(onboarding)).doesNotContain(created);
        assertNoPhoneIn(got, cleo);
    }

    private static void admin(Onboarding onboarding, String path, String body) {
        Onboarding.expect(onboarding.operator().post(path, body, "Authorization", onboarding.adminBearer()), 200);
    }

    /** The subscriber's deliveries of this user in the order the service stored them (its per-user order). */
    private static List<String> stored(String subscriber, String userId) throws Exception {
        try (Connection db = stack.database(); PreparedStatement query = db.prepareStatement(
                "SELECT event_id FROM event_deliveries WHERE subscriber = ? AND user_id = ? ORDER BY seq")) {
            query.setString(1, subscriber);
            query.setObject(2, UUID.fromString(userId));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static List<String> ids(List<EventSubscriber.Received> received, String userId) {
        return ofUser(received, userId).stream().map(CloudEvent::getId).toList();
    }

    private static List<String> types(List<EventSubscriber.Received> received, String userId) {
        return ofUser(received, userId).stream().map(CloudEvent::getType).toList();
    }

    private static List<CloudEvent> ofUser(List<EventSubscriber.Received> received, String userId) {
        return received.stream().map(EventSubscriber.Received::event).filter(e -> userId.equals(e.getSubject())).toList();
    }

    private static Map<String, Object> awaitDead(Onboarding onboarding, String eventId) throws InterruptedException {
        long until = System.nanoTime() + DELIVERY_WAIT.toNanos();
        while (System.nanoTime() < until) {
            // A fresh operator address per look: the operator API's per-address limit is not what this test is about.
            for (var item : Onboarding.expect(stack.management().get("/v1/admin/events/dead?limit=500", "Authorization",
                    onboarding.adminBearer()), 200).json().get("items")) {
                if (item.get("id").asText().equals(eventId)) {
                    Map<String, Object> found = new LinkedHashMap<>();
                    item.properties().forEach(e -> found.put(e.getKey(),
                            e.getValue().isInt() ? (Object) e.getValue().asInt() : e.getValue().asText()));
                    return found;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("event " + eventId + " was not dead within " + DELIVERY_WAIT);
    }

    private static List<String> deadIds(Onboarding onboarding) {
        List<String> ids = new ArrayList<>();
        Onboarding.expect(stack.management().get("/v1/admin/events/dead?limit=500", "Authorization", onboarding.adminBearer()), 200)
                .json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** Neither the E.164 form nor the bare national digits of any member's phone, in any body. */
    private static void assertNoPhoneIn(List<EventSubscriber.Received> received, Member... members) {
        for (Member member : members) {
            String digits = member.phone().substring(1);
            assertThat(received).extracting(EventSubscriber.Received::body)
                    .noneMatch(body -> body.contains(digits) || body.contains(digits.substring(2)));
            assertThat(received).extracting(r -> new String(r.event().getData().toBytes(), StandardCharsets.UTF_8))
                    .noneMatch(data -> data.contains(member.pin()) || data.contains(member.password()));
        }
    }
}
