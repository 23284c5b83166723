package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A code waiting in the outbox because the SMS gateway is down rests sealed: no column of its row holds the
 * digits, as text or as their bytes. When the gateway returns the same code is delivered and works.
 */
class SealedOutboxE2eTest {
    private static OwnInfrastructure infrastructure;
    private static E2eStack stack;

    @BeforeAll
    static void aServiceOfItsOwn() {
        infrastructure = OwnInfrastructure.started();
        stack = infrastructure.service(Map.of());
    }

    @AfterAll
    static void stopIt() {
        stack.close();
        infrastructure.close();
    }

    @Test
    void withTheGatewayDownAWaitingCodeIsStoredOnlySealedAndIsDeliveredWhenTheGatewayReturns() throws Exception {
        String phone = Phones.fresh();
        ApiClient api = stack.client();
        List<String> waitingRows;
        stack.sms().goDown();
        try {
            ApiResponse sent = Onboarding.expect(api.post("/v1/auth/otp", json("phone", phone)), 202);
            waitingRows = rowsAfterAFailedDelivery(phone);
            assertThat(stack.sms().refusedWhileDown()).isPositive();
            assertThat(stack.sms().count(phone)).isZero();

            stack.sms().comeBack();
            String code = stack.sms().awaitCode(phone, 0);

            Pattern digits = Pattern.compile("(?<![0-9A-Za-z])" + code + "(?![0-9A-Za-z])");
            String asBytes = HexFormat.of().formatHex(code.getBytes(StandardCharsets.US_ASCII));
            assertThat(waitingRows).isNotEmpty();
            // Counted, not shown: a failure message must not republish the code.
            assertThat(waitingRows.stream().filter(row -> digits.matcher(row).find() || row.toLowerCase().contains(asBytes)).count())
                    .as("outbox rows holding the code as digits or as their bytes").isZero();
            Challenge challenge = new Challenge(phone, sent.text("/challengeId"), code, Instant.now());
            ApiResponse proven = stack.onboarding().verify(challenge, Onboarding.newDevice());
            assertThat(proven.status()).as(proven.body()).isEqualTo(200);
        } finally {
            stack.sms().comeBack();
        }
    }

    /**
     * Every column of the phone's outbox rows but the timestamps (their microseconds are six digits too), as JSON,
     * once a delivery attempt has failed. A column added later is included without touching this test.
     */
    private static List<String> rowsAfterAFailedDelivery(String phone) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String sql = "SELECT (to_jsonb(o) - 'created_at' - 'expires_at' - 'next_attempt_at' - 'ended_at')::text, o.last_failure,"
                + " o.status FROM outbox o WHERE o.phone_index = decode(?, 'hex')";
        try (Connection connection = infrastructure.database(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, ServeSettings.phoneIndexHex(phone));
            while (true) {
                List<String> rows = new ArrayList<>();
                boolean failedOnce = false;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                        failedOnce |= result.getString(2) != null && "PENDING".equals(result.getString(3));
                    }
                }
                if (failedOnce) {
                    return rows;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no failed delivery to the phone within 10 s: " + rows.size() + " rows");
                }
                Thread.sleep(50);
            }
        }
    }
}
