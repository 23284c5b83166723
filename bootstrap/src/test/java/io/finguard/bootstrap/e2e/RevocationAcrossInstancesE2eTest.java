package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one deployment (same PostgreSQL, same Redis, same keys): a session ended on one has its access
 * token refused by the other within a second, on a route that moves no money (GET /v1/me), also while the revocation
 * channel has just been cut. Each test prints the measured delay.
 */
class RevocationAcrossInstancesE2eTest {
    private static final Duration PROMISE = Duration.ofSeconds(1);
    private static OwnInfrastructure infrastructure;
    private static E2eStack first;
    private static E2eStack second;

    @BeforeAll
    static void twoInstances() {
        infrastructure = OwnInfrastructure.started();
        Map<String, String> keys = ServeSettings.deploymentKeys();
        first = infrastructure.service(keys);
        // One SMS gateway for the deployment: either instance's outbox dispatcher may deliver a code.
        Map<String, String> sameGateway = new HashMap<>(keys);
        sameGateway.put("FINGUARD_SMS_WEBHOOK_URL", first.sms().url().toString());
        second = infrastructure.service(sameGateway);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        infrastructure.close();
    }

    @Test
    void aLogoutOnOneInstanceIsRefusedByTheOtherWithinASecond() {
        Member member = first.onboarding().signUp();
        ApiClient other = second.client();
        assertThat(me(other, member).status()).as("the other instance accepts the live session").isEqualTo(200);

        ApiResponse logout = first.client().post("/v1/auth/logout", null, "Authorization", bearer(member.accessToken()));
        assertThat(logout.status()).isEqualTo(204);
        Duration delay = refusedWithin(other, member);

        System.out.println("[revocation] logout on instance 1 refused by instance 2 after " + delay.toMillis() + " ms");
        assertThat(delay).isLessThan(PROMISE);
        assertProblem(me(other, member), 401, "session_revoked");
        assertProblem(me(first.client(), member), 401, "session_revoked");
    }

    @Test
    void anOperatorBlockIsRefusedByTheOtherInstanceWithinASecond() {
        Onboarding onboarding = first.onboarding();
        Member member = onboarding.signUp();
        ApiClient other = second.client();
        assertThat(me(other, member).status()).isEqualTo(200);

        Onboarding.expect(onboarding.operator().post("/v1/admin/users/" + member.userId() + "/block",
                ApiClient.json("reason", "fraud report"), "Authorization", onboarding.adminBearer()), 200);
        Duration delay = refusedWithin(other, member);

        System.out.println("[revocation] block on instance 1 refused by instance 2 after " + delay.toMillis() + " ms");
        assertThat(delay).isLessThan(PROMISE);
    }

    @Test
    void withTheChannelJustCutTheOtherInstanceStillRefusesAnEndedSessionWithinASecond() throws SQLException {
        Member member = first.onboarding().signUp();
        ApiClient other = second.client();
        assertThat(me(other, member).status()).isEqualTo(200);

        assertThat(cutRevocationChannels()).as("both instances' listeners").isEqualTo(2);
        ApiResponse logout = first.client().post("/v1/auth/logout", null, "Authorization", bearer(member.accessToken()));
        assertThat(logout.status()).isEqualTo(204);
        Duration delay = refusedWithin(other, member);

        System.out.println("[revocation] with the channel cut, refused by instance 2 after " + delay.toMillis() + " ms");
        assertThat(delay).isLessThan(PROMISE);
        Member live = first.onboarding().signUp();
        assertThat(me(other, live).status()).as("a live session keeps working while the channel recovers").isEqualTo(200);
    }

    private static ApiResponse me(ApiClient api, Member member) {
        return api.get("/v1/me", "Authorization", bearer(member.accessToken()));
    }

    /** Asks until the token is refused; how long that took after the ending call returned. */
    private static Duration refusedWithin(ApiClient api, Member member) {
        long ended = System.nanoTime();
        while (me(api, member).status() != 401) {
            if (System.nanoTime() - ended > Duration.ofSeconds(10).toNanos()) {
                throw new AssertionError("the ended session was still accepted 10 s later");
            }
        }
        return Duration.ofNanos(System.nanoTime() - ended);
    }

    /** Ends the server side of every instance's listening connection, as a network cut or a server restart would. */
    private static int cutRevocationChannels() throws SQLException {
        try (Connection connection = infrastructure.database(); Statement statement = connection.createStatement();
             ResultSet ended = statement.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE application_name = 'finguard-revocations' AND datname = current_database()")) {
            ended.next();
            return ended.getInt(1);
        }
    }
}
