package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A device a client does not name is no device: it is never stored, so it never becomes "known". A step-up of a
 * live session keeps the device of the session it replaces.
 */
class DeviceE2eTest {
    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void aPhoneProvenWithoutADeviceIdIsOnANewDeviceEvenAfterASignupWithoutOne() throws SQLException {
        Member member = SeededMembers.get().noDevice();
        assertThat(devicesOf(member.userId())).isEmpty();
        Onboarding.awaitResendAllowed(member.lastCodeSentAt());

        // Someone holding the SMS code but not the PIN, sending no device id at all.
        ApiResponse login = onboarding.verify(onboarding.requestCode(member.phone()), null);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        assertThat(login.text("/accountTier")).isEqualTo("LIMITED");
        assertThat(login.json().has("tokens")).isFalse();
        assertThat(devicesOf(member.userId())).isEmpty();
    }

    @Test
    void aStepUpOfALiveSessionKeepsTheDeviceOfTheSessionItReplaces() throws SQLException {
        Member member = onboarding.signUp();

        ApiResponse steppedUp = api.post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()),
                "Authorization", bearer(member.accessToken()));

        assertThat(steppedUp.status()).isEqualTo(200);
        String newSession = JwtParts.claims(steppedUp.text("/tokens/accessToken")).get("sid").asText();
        String oldSession = JwtParts.claims(member.accessToken()).get("sid").asText();
        assertThat(newSession).isNotEqualTo(oldSession);
        assertThat(familyDevice(newSession)).isEqualTo(member.device());
        assertThat(devicesOf(member.userId())).containsExactly(member.device());
    }

    private List<String> devicesOf(String userId) throws SQLException {
        try (Connection db = stack.database();
             PreparedStatement query = db.prepareStatement(
                     "SELECT device_id FROM user_devices WHERE user_id = ? UNION ALL "
                             + "SELECT device_id FROM refresh_families WHERE user_id = ? AND device_id IS NOT NULL")) {
            query.setObject(1, UUID.fromString(userId));
            query.setObject(2, UUID.fromString(userId));
            List<String> devices = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    devices.add(rows.getString(1));
                }
            }
            return devices.stream().distinct().toList();
        }
    }

    private String familyDevice(String familyId) throws SQLException {
        try (Connection db = stack.database();
             PreparedStatement query = db.prepareStatement("SELECT device_id FROM refresh_families WHERE id = ?")) {
            query.setObject(1, UUID.fromString(familyId));
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("family %s stored", familyId).isTrue();
                return rows.getString(1);
            }
        }
    }
}
