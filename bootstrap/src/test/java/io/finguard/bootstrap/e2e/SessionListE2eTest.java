package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.finguard.testsupport.SharedRedis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sessions over HTTP on PostgreSQL and Redis: the list, ending one's own sessions (never another user's), logout by
 * deleting one's own, the operator's list/end one/end all with the reason in the audit, and the per-user cap.
 */
class SessionListE2eTest {
    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    /**
     * Another login of the member, naming the session. Without a DPoP key every client is a new device, so the login
     * asks for a step-up; the step-up ticket carries the name to the session the PIN then starts.
     */
    private static Member loginAgain(Onboarding onboarding, Member member, String sessionName) {
        Onboarding.awaitResendAllowed(member.lastCodeSentAt());
        Challenge challenge = onboarding.requestCode(member.phone());
        ApiResponse login = Onboarding.expect(onboarding.api().post("/v1/auth/otp/verify", json("challengeId", challenge.challengeId(),
                "code", challenge.code(), "deviceId", member.device(), "sessionName", sessionName)), 200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        ApiResponse steppedUp = Onboarding.expect(onboarding.api().post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()),
                "Authorization", bearer(login.text("/ticket"))), 200);
        return member.withTokensOf(steppedUp.json()).withCodeSentAt(challenge.sentAt());
    }

    private ApiResponse list(Member member) {
        return api.get("/v1/me/sessions", "Authorization", bearer(member.accessToken()));
    }

    private ApiResponse end(Member caller, String sessionId) {
        return api.send("DELETE", "/v1/me/sessions/" + sessionId, null, "Authorization", bearer(caller.accessToken()));
    }

    private static List<JsonNode> items(ApiResponse listed) {
        List<JsonNode> items = new ArrayList<>();
        listed.json().get("items").forEach(items::add);
        return items;
    }

    private static String currentId(ApiResponse listed) {
        return items(listed).stream().filter(i -> i.get("current").asBoolean()).findFirst().orElseThrow().get("id").asText();
    }

    private static String otherId(ApiResponse listed) {
        return items(listed).stream().filter(i -> !i.get("current").asBoolean()).findFirst().orElseThrow().get("id").asText();
    }

    private List<JsonNode> sessionAudit(Onboarding onboarding, String userId) {
        ApiResponse audit = Onboarding.expect(onboarding.operator().get("/v1/admin/audit?subject=" + userId,
                "Authorization", onboarding.adminBearer()), 200);
        List<JsonNode> revoked = new ArrayList<>();
        audit.json().get("items").forEach(item -> {
            if (item.get("type").asText().equals("SESSION_REVOKED")) {
                revoked.add(item.get("details"));
            }
        });
        return revoked;
    }

    @Test
    void theListShowsBothSessionsAndEndingTheOtherOneStopsItsRefreshAtOnce() throws Exception {
        Member first = onboarding.signUp();
        Member tablet = loginAgain(onboarding, first, "Erika's tablet");

        ApiResponse listed = Onboarding.expect(list(tablet), 200);

        List<JsonNode> items = items(listed);
        assertThat(items).hasSize(2);
        JsonNode mine = items.stream().filter(i -> i.get("current").asBoolean()).findFirst().orElseThrow();
        assertThat(mine.get("name").asText()).isEqualTo("Erika's tablet");
        assertThat(mine.get("device").asText()).isEqualTo("unbound");
        assertThat(mine.get("acr").asText()).as("stepped up with the PIN").isEqualTo("urn:finguard:acr:aal2");
        assertThat(mine.get("network").asText()).endsWith(".0/24");
        assertThat(mine.get("lastUsedAt").asText()).isNotBlank();
        String firstId = otherId(listed);
        assertThat(storedNetworks(firstId)).as("only the /24 is stored, never the address").allMatch(n -> n.endsWith(".0/24"));

        assertThat(end(tablet, firstId).status()).isEqualTo(204);

        assertProblem(onboarding.refresh(first.refreshToken()), 401, "session_revoked");
        assertThat(items(Onboarding.expect(list(tablet), 200))).extracting(i -> i.get("id").asText()).containsExactly(currentId(listed));
        assertThat(sessionAudit(onboarding, first.userId())).anySatisfy(d -> assertThat(d.get("reason").asText()).isEqualTo("ended_by_user"));
    }

    @Test
    void anotherUsersSessionCannotBeEndedAndLooksLikeAnUnknownOne() {
        Member erika = onboarding.signUp();
        Member max = onboarding.signUp();
        String erikasSession = currentId(Onboarding.expect(list(erika), 200));

        ApiResponse foreign = end(max, erikasSession);
        ApiResponse unknown = end(max, UUID.randomUUID().toString());

        assertProblem(foreign, 404, "session_not_found");
        assertProblem(unknown, 404, "session_not_found");
        assertThat(foreign.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        assertThat(onboarding.refresh(erika.refreshToken()).status()).as("Erika's session lives on").isEqualTo(200);
        assertThat(items(Onboarding.expect(list(max), 200))).hasSize(1);
    }

    @Test
    void deletingMyOwnSessionIsALogout() {
        Member member = onboarding.signUp();
        String mine = currentId(Onboarding.expect(list(member), 200));

        ApiResponse ended = end(member, mine);

        assertThat(ended.status()).isEqualTo(204);
        assertThat(ended.body()).isEmpty();
        assertProblem(onboarding.refresh(member.refreshToken()), 401, "session_revoked");
        assertProblem(end(member, mine), 401, "session_revoked");
        assertThat(sessionAudit(onboarding, member.userId())).anySatisfy(d -> assertThat(d.get("reason").asText()).isEqualTo("logout"));
    }

    @Test
    void anOperatorListsEndsOneAndEndsAllWithTheReasonInTheAudit() {
        Member member = onboarding.signUp();
        Member second = loginAgain(onboarding, member, "second");
        Member third = loginAgain(onboarding, second, "third");
        ApiClient operator = onboarding.operator();
        String path = "/v1/admin/users/" + member.userId() + "/sessions";

        ApiResponse listed = Onboarding.expect(operator.get(path, "Authorization", onboarding.adminBearer()), 200);
        assertThat(items(listed)).hasSize(3).noneMatch(i -> i.get("current").asBoolean());
        String secondId = items(listed).stream().filter(i -> i.path("name").asText().equals("second")).findFirst().orElseThrow()
                .get("id").asText();

        ApiResponse one = operator.send("DELETE", path + "/" + secondId, json("reason", "lost phone, ticket 88"),
                "Authorization", onboarding.adminBearer());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("sessionsEnded").asInt()).isEqualTo(1);
        assertProblem(onboarding.refresh(second.refreshToken()), 401, "session_revoked");
        assertProblem(operator.send("DELETE", path + "/" + secondId, json("reason", "again"), "Authorization", onboarding.adminBearer()),
                404, "session_not_found");

        ApiResponse all = operator.send("DELETE", path, json("reason", "account takeover suspected"),
                "Authorization", onboarding.adminBearer());
        assertThat(all.json().get("sessionsEnded").asInt()).isEqualTo(2);
        assertProblem(onboarding.refresh(third.refreshToken()), 401, "session_revoked");
        assertProblem(onboarding.refresh(member.refreshToken()), 401, "session_revoked");
        assertThat(items(Onboarding.expect(operator.get(path, "Authorization", onboarding.adminBearer()), 200))).isEmpty();

        assertThat(sessionAudit(onboarding, member.userId()))
                .anySatisfy(d -> {
                    assertThat(d.get("reason").asText()).isEqualTo("lost phone, ticket 88");
                    assertThat(d.get("session").asText()).isEqualTo(secondId);
                })
                .anySatisfy(d -> {
                    assertThat(d.get("reason").asText()).isEqualTo("account takeover suspected");
                    assertThat(d.get("sessions").asText()).isEqualTo("2");
                });
        assertProblem(operator.send("DELETE", path, "{}", "Authorization", onboarding.adminBearer()), 400, "validation_failed");
        assertThat(api.get(path, "Authorization", onboarding.adminBearer()).status()).as("not on the API port").isEqualTo(404);
    }

    /** A service of its own with a cap of two: the third login ends the least recently used of the first two. */
    @Test
    void atTheCapTheLeastRecentlyUsedSessionEndsWhenANewOneStarts() {
        E2eDatabase database = E2eDatabase.fresh();
        try (E2eStack capped = E2eStack.start(database.jdbcUrl(), database.user(), database.password(),
                SharedRedis.shared().url(), List.of(database), Map.of("FINGUARD_MAX_SESSIONS_PER_USER", "2"))) {
            Onboarding own = capped.onboarding();
            Member first = own.signUp();
            Member idle = loginAgain(own, first, "idle");
            Member refreshed = first.withTokensOf(Onboarding.expect(own.refresh(first.refreshToken()), 200).json());

            Member third = loginAgain(own, idle, "third");

            assertProblem(own.refresh(idle.refreshToken()), 401, "session_revoked");
            assertThat(own.refresh(refreshed.refreshToken()).status()).isEqualTo(200);
            ApiResponse listed = Onboarding.expect(own.api().get("/v1/me/sessions", "Authorization", bearer(third.accessToken())), 200);
            assertThat(items(listed)).hasSize(2).noneMatch(i -> i.path("name").asText().equals("idle"));
            assertThat(sessionAudit(own, first.userId())).anySatisfy(d -> {
                assertThat(d.get("reason").asText()).isEqualTo("session_limit");
                assertThat(d.get("cap").asText()).isEqualTo("2");
            });
        }
    }

    private List<String> storedNetworks(String sessionId) throws Exception {
        try (Connection db = stack.database();
             PreparedStatement query = db.prepareStatement("SELECT network FROM refresh_families WHERE id = ?::uuid")) {
            query.setString(1, sessionId);
            List<String> networks = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    networks.add(rows.getString(1));
                }
            }
            assertThat(networks).hasSize(1);
            return networks;
        }
    }
}
