package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A recycled number over HTTP, on PostgreSQL and Redis: Ada's account lies dormant for 181 days (the service's clock
 * is moved), her number now belongs to Carol, who proves it from her own phone, is asked for a password she does
 * not have, says "this is not my account", and signs up on the number; Ada's account is kept as PHONE_RELEASED with
 * its data, its sessions ended, and the operator sees the release in the audit log.
 */
class RecycledNumberE2eTest {
    private static final MutableClock CLOCK = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static E2eStack stack;

    @BeforeAll
    static void aServiceOnAClockOfItsOwn() {
        stack = E2eStack.onClock(CLOCK);
    }

    @AfterAll
    static void stopIt() {
        stack.close();
    }

    @Test
    void aNewPersonTakesOverADormantNumberAndTheDormantAccountIsKept() throws SQLException {
        Onboarding onboarding = stack.onboarding();
        ApiClient api = onboarding.api();
        Member ada = onboarding.signUp("ada-phone");
        CLOCK.advance(Duration.ofDays(181));
        Onboarding.awaitResendAllowed(ada.lastCodeSentAt());

        ApiResponse login = Onboarding.expect(onboarding.verify(onboarding.requestCode(ada.phone()), "carol-phone"), 200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        assertThat(login.json().get("stepUpMethods").toString()).isEqualTo("[\"password\"]");
        String releaseTicket = login.text("/releaseTicket");

        // The PIN does not finish this login; the step-up ticket cannot release the number.
        assertProblem(api.post("/v1/auth/step-up", ApiClient.json("method", "pin", "secret", ada.pin()), "Authorization",
                bearer(login.text("/ticket"))), 403, "password_required");
        assertProblem(api.post("/v1/auth/release-number", null, "Authorization", bearer(login.text("/ticket"))), 401, "invalid_token");

        ApiResponse released = Onboarding.expect(api.post("/v1/auth/release-number", null, "Authorization", bearer(releaseTicket)), 200);
        assertThat(released.text("/authState")).isEqualTo("ONBOARDING_REQUIRED");
        assertThat(released.text("/nextStep")).isEqualTo("SET_CREDENTIALS");
        String signupTicket = released.text("/ticket");
        Onboarding.expect(onboarding.setCredentials(signupTicket, Onboarding.newPassword(), Onboarding.newPin(ada.phone())), 200);
        Onboarding.expect(onboarding.completeProfile(signupTicket), 200);
        ApiResponse carol = Onboarding.expect(onboarding.submit(signupTicket, "carol-phone"), 201);
        String carolId = Onboarding.expect(api.get("/v1/me", "Authorization", bearer(carol.text("/tokens/accessToken"))), 200)
                .text("/userId");
        assertThat(carolId).isNotEqualTo(ada.userId());

        // The same ticket releases nothing twice; Ada's sessions are over; her row, number and account are kept.
        assertProblem(api.post("/v1/auth/release-number", null, "Authorization", bearer(releaseTicket)), 409, "number_not_releasable");
        assertProblem(onboarding.refresh(ada.refreshToken()), 401, "session_revoked");
        try (Connection db = stack.database();
             PreparedStatement user = db.prepareStatement("SELECT status, encode(phone_index, 'hex'), phone_released_at IS NOT NULL FROM users WHERE id = ?");
             PreparedStatement account = db.prepareStatement("SELECT count(*) FROM accounts WHERE owner_id = ?")) {
            user.setObject(1, UUID.fromString(ada.userId()));
            try (ResultSet row = user.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("PHONE_RELEASED");
                assertThat(row.getString(2)).as("the number she had, by its index").isEqualTo(ServeSettings.phoneIndexHex(ada.phone()));
                assertThat(row.getBoolean(3)).isTrue();
            }
            account.setObject(1, UUID.fromString(ada.userId()));
            try (ResultSet row = account.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(1);
            }
        }
        ApiResponse audit = Onboarding.expect(onboarding.operator().get("/v1/admin/audit?subject=" + ada.userId(), "Authorization",
                onboarding.adminBearer()), 200);
        List<String> types = new ArrayList<>();
        audit.json().get("items").forEach(item -> types.add(item.get("type").asText()));
        assertThat(types).contains("PHONE_RELEASED");
        assertThat(audit.body()).doesNotContain(ada.phone());
        ApiResponse block = Onboarding.expect(onboarding.operator().post("/v1/admin/users/" + ada.userId() + "/block",
                ApiClient.json("reason", "e2e: look at a released account"), "Authorization", onboarding.adminBearer()), 200);
        assertThat(block.text("/status")).isEqualTo("PHONE_RELEASED");
        assertThat(block.json().get("changed").asBoolean()).isFalse();
    }

    @Test
    void theOwnerOfADormantAccountComesBackWithThePasswordAndTheReleaseTicketThenReleasesNothing() {
        Onboarding onboarding = stack.onboarding();
        ApiClient api = onboarding.api();
        Member ada = onboarding.signUp("ada-old-phone");
        CLOCK.advance(Duration.ofDays(181));
        Onboarding.awaitResendAllowed(ada.lastCodeSentAt());

        ApiResponse login = Onboarding.expect(onboarding.verify(onboarding.requestCode(ada.phone()), "ada-new-phone"), 200);
        ApiResponse back = api.post("/v1/auth/step-up", ApiClient.json("method", "password", "secret", ada.password()),
                "Authorization", bearer(login.text("/ticket")));

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.text("/authState")).isEqualTo("AUTHENTICATED");
        assertProblem(api.post("/v1/auth/release-number", null, "Authorization", bearer(login.text("/releaseTicket"))), 409,
                "number_not_releasable");
    }
}
