package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.in.EndUserSessions;
import io.finguard.domain.port.in.ListSessions;
import io.finguard.domain.port.in.SessionView;
import io.finguard.domain.session.SessionDenial;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The session list and ending sessions: the user's own routes and the operator's. */
class SessionListRoutesTest extends RouteTest {
    private static final String[] ADMIN = {"Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN)};
    private static final String[] LIMITED = {"Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN)};
    private static final FamilyId OTHER = FamilyId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f2"));
    private static final String ADMIN_PATH = "/v1/admin/users/" + Fixtures.USER + "/sessions";

    private static List<SessionView> twoSessions() {
        return List.of(
                new SessionView(Fixtures.SESSION, Optional.empty(), Optional.of(new SessionName("Anna's phone")), Fixtures.NOW,
                        Fixtures.NOW.plusSeconds(60), AssuranceLevel.AAL2, Optional.of(ClientNetwork.parse("203.0.113.0/24")), true),
                new SessionView(OTHER, Optional.of("Nz5Ox1kq"), Optional.empty(), Fixtures.NOW.minusSeconds(3600),
                        Fixtures.NOW.minusSeconds(60), AssuranceLevel.AAL1, Optional.empty(), false));
    }

    @Test
    void theListShowsEachSessionAndMarksTheCallers() {
        AtomicReference<ListSessions.Command> seen = new AtomicReference<>();
        api.stubs.listSessions = command -> {
            seen.set(command);
            return new ListSessions.Result.Listed(twoSessions());
        };

        var response = api.get("/v1/me/sessions", LIMITED);

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new ListSessions.Command(Fixtures.USER, Optional.of(Fixtures.SESSION)));
        var first = response.json().get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo(Fixtures.SESSION.toString());
        assertThat(first.get("device").asText()).isEqualTo("unbound");
        assertThat(first.get("name").asText()).isEqualTo("Anna's phone");
        assertThat(first.get("network").asText()).isEqualTo("203.0.113.0/24");
        assertThat(first.get("acr").asText()).isEqualTo("urn:finguard:acr:aal2");
        assertThat(first.get("lastUsedAt").asText()).isEqualTo("2026-03-01T10:01:00Z");
        assertThat(first.get("current").asBoolean()).isTrue();
        var second = response.json().get("items").get(1);
        assertThat(second.get("device").asText()).isEqualTo("Nz5Ox1kq");
        assertThat(second.has("name")).isFalse();
        assertThat(second.has("network")).isFalse();
        assertThat(second.get("current").asBoolean()).isFalse();
    }

    @Test
    void theListNeedsAnAccessTokenNotATicket() {
        assertThat(api.get("/v1/me/sessions").status()).isEqualTo(401);
        assertThat(api.get("/v1/me/sessions", "Authorization", TestApi.bearer(Fixtures.STEP_UP_TICKET)).status()).isEqualTo(401);
    }

    @Test
    void endingASessionAnswers204AndNamesTheCallerAndTheTarget() {
        AtomicReference<EndSession.Command> seen = new AtomicReference<>();
        api.stubs.endSession = command -> {
            seen.set(command);
            return new EndSession.Result.Ended(false);
        };

        var response = api.send("DELETE", "/v1/me/sessions/" + OTHER, null, LIMITED);

        assertThat(response.status()).isEqualTo(204);
        assertThat(seen.get()).isEqualTo(new EndSession.Command(Fixtures.USER, Fixtures.SESSION, OTHER));
    }

    @Test
    void anUnknownOrForeignSessionAndAMalformedIdAreAll404Alike() {
        api.stubs.endSession = command -> new EndSession.Result.NotFound();

        var unknown = api.send("DELETE", "/v1/me/sessions/" + OTHER, null, LIMITED);
        var malformed = api.send("DELETE", "/v1/me/sessions/not-a-session", null, LIMITED);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("session_not_found");
        assertThat(malformed.status()).isEqualTo(404);
        ObjectNode malformedBody = (ObjectNode) malformed.json();
        ObjectNode unknownBody = (ObjectNode) unknown.json();
        malformedBody.remove("requestId");
        unknownBody.remove("requestId");
        assertThat(malformedBody.toString()).isEqualTo(unknownBody.toString());
    }

    @Test
    void aCallerWhoseSessionEndedMayEndNothing() {
        api.stubs.endSession = command -> new EndSession.Result.SessionNotLive(SessionDenial.SESSION_REVOKED);

        var response = api.send("DELETE", "/v1/me/sessions/" + OTHER, null, LIMITED);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("session_revoked");
    }

    @Test
    void anOperatorListsAUsersSessionsWithNoneMarkedCurrent() {
        AtomicReference<ListSessions.Command> seen = new AtomicReference<>();
        api.stubs.listSessions = command -> {
            seen.set(command);
            return new ListSessions.Result.Listed(twoSessions().subList(1, 2));
        };

        var response = api.management().get(ADMIN_PATH, ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new ListSessions.Command(Fixtures.USER, Optional.empty()));
        assertThat(response.json().get("items")).hasSize(1);
    }

    @Test
    void anOperatorListingAnUnknownUserGets404() {
        api.stubs.listSessions = command -> new ListSessions.Result.UserNotFound();

        assertThat(api.management().get(ADMIN_PATH, ADMIN).code()).isEqualTo("user_not_found");
    }

    @Test
    void anOperatorEndsOneSessionWithAReason() {
        AtomicReference<EndUserSessions.Command> seen = new AtomicReference<>();
        api.stubs.endUserSessions = command -> {
            seen.set(command);
            return new EndUserSessions.Result.Ended(1);
        };

        var response = api.management().send("DELETE", ADMIN_PATH + "/" + OTHER, "{\"reason\":\"lost phone, ticket 88\"}", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("sessionsEnded").asInt()).isEqualTo(1);
        assertThat(seen.get()).isEqualTo(new EndUserSessions.Command(Fixtures.USER, Optional.of(OTHER), "lost phone, ticket 88"));
    }

    @Test
    void anOperatorEndsAllSessionsWithAReason() {
        AtomicReference<EndUserSessions.Command> seen = new AtomicReference<>();
        api.stubs.endUserSessions = command -> {
            seen.set(command);
            return new EndUserSessions.Result.Ended(3);
        };

        var response = api.management().send("DELETE", ADMIN_PATH, "{\"reason\":\"account takeover\"}", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("sessionsEnded").asInt()).isEqualTo(3);
        assertThat(seen.get()).isEqualTo(new EndUserSessions.Command(Fixtures.USER, Optional.empty(), "account takeover"));
    }

    @Test
    void endingWithoutAReasonOrForAnUnknownSessionIsRefused() {
        api.stubs.endUserSessions = command -> new EndUserSessions.Result.NotFound();

        var noReason = api.management().send("DELETE", ADMIN_PATH, "{}", ADMIN);
        var unknown = api.management().send("DELETE", ADMIN_PATH + "/" + OTHER, "{\"reason\":\"x\"}", ADMIN);
        var unknownUser = api.management().send("DELETE", "/v1/admin/users/" + UserId.of(UUID.randomUUID()) + "/sessions",
                "{\"reason\":\"x\"}", ADMIN);

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("validation_failed");
        assertThat(unknown.code()).isEqualTo("session_not_found");
        assertThat(unknownUser.code()).isEqualTo("user_not_found");
    }

    @Test
    void theOperatorRoutesAreNotOnTheApiPortAndNeedTheAdminToken() {
        assertThat(api.get(ADMIN_PATH, ADMIN).status()).isEqualTo(404);
        assertThat(api.management().get(ADMIN_PATH).status()).isEqualTo(401);
    }
}
