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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rotating the pepper and the OTP key without locking anyone out: the service restarts with a new current key
 * and the old one listed under FINGUARD_PREVIOUS_PEPPERS / FINGUARD_PREVIOUS_OTP_KEYS. A PIN hashed under the
 * old pepper still works, is rehashed to the new one on that success, and then works with the old pepper gone;
 * a code issued under the old OTP key still verifies while its challenge lives.
 */
class KeyRotationE2eTest {
    private static final String OLD_PEPPER = ServeSettings.randomKey();
    private static final String NEW_PEPPER = ServeSettings.randomKey();
    private static final String OLD_OTP_KEY = ServeSettings.randomKey();
    private static final String NEW_OTP_KEY = ServeSettings.randomKey();

    private static OwnInfrastructure infrastructure;

    @BeforeAll
    static void infrastructureOfItsOwn() {
        infrastructure = OwnInfrastructure.started();
    }

    @AfterAll
    static void stopIt() {
        infrastructure.close();
    }

    @Test
    void aPinHashedUnderTheOldPepperWorksAfterRotationMovesToTheNewPepperAndNoLongerNeedsTheOldOne() throws SQLException {
        Member member;
        try (E2eStack before = infrastructure.service(keys("pepper-1", OLD_PEPPER, "", "otp-1", OLD_OTP_KEY, ""))) {
            member = before.onboarding().signUp();
        }
        assertThat(pinHash(member)).startsWith("$fg$p=pepper-1$");

        try (E2eStack rotated = infrastructure.service(keys("pepper-2", NEW_PEPPER, "pepper-1=" + OLD_PEPPER,
                "otp-1", OLD_OTP_KEY, ""))) {
            assertThat(stepUpWithPin(rotated, member).status()).isEqualTo(200);
        }
        assertThat(pinHash(member)).startsWith("$fg$p=pepper-2$");
        assertThat(auditTypes(member.userId())).contains("CREDENTIALS_REHASHED", "STEP_UP_SUCCEEDED")
                .doesNotContain("STEP_UP_FAILED", "STEP_UP_LOCKED");

        try (E2eStack oldPepperGone = infrastructure.service(keys("pepper-2", NEW_PEPPER, "", "otp-1", OLD_OTP_KEY, ""))) {
            assertThat(stepUpWithPin(oldPepperGone, member).status()).isEqualTo(200);
        }
        assertThat(auditTypes(member.userId())).doesNotContain("STEP_UP_FAILED", "STEP_UP_LOCKED");
    }

    @Test
    void aCodeIssuedUnderTheOldOtpKeyVerifiesAfterRotationWhileItsChallengeLives() {
        String phone = Phones.fresh();
        Challenge challenge;
        try (E2eStack before = infrastructure.service(keys("pepper-1", OLD_PEPPER, "", "otp-1", OLD_OTP_KEY, ""))) {
            challenge = before.onboarding().requestCode(phone);
        }

        try (E2eStack rotated = infrastructure.service(keys("pepper-1", OLD_PEPPER, "", "otp-2", NEW_OTP_KEY,
                "otp-1=" + OLD_OTP_KEY))) {
            ApiResponse proven = rotated.onboarding().verify(challenge, Onboarding.newDevice());

            assertThat(proven.status()).as(proven.body()).isEqualTo(200);
            assertThat(proven.text("/authState")).isEqualTo("ONBOARDING_REQUIRED");
        }
    }

    /** The keys a restart keeps or rotates; an empty previous list leaves that setting unset. */
    private static Map<String, String> keys(String pepperId, String pepper, String previousPeppers, String otpKeyId,
                                            String otpKey, String previousOtpKeys) {
        Map<String, String> chosen = new java.util.HashMap<>(Map.of(
                "FINGUARD_PASSWORD_PEPPER_ID", pepperId, "FINGUARD_PASSWORD_PEPPER", pepper,
                "FINGUARD_OTP_KEY_ID", otpKeyId, "FINGUARD_OTP_KEY", otpKey));
        if (!previousPeppers.isEmpty()) {
            chosen.put("FINGUARD_PREVIOUS_PEPPERS", previousPeppers);
        }
        if (!previousOtpKeys.isEmpty()) {
            chosen.put("FINGUARD_PREVIOUS_OTP_KEYS", previousOtpKeys);
        }
        return chosen;
    }

    /** A login on a new device (so step-up is required) finished with the PIN; the step-up answer. */
    private static ApiResponse stepUpWithPin(E2eStack stack, Member member) {
        Onboarding onboarding = stack.onboarding();
        ApiResponse login = Onboarding.expect(onboarding.verify(onboarding.requestCode(member.phone()), Onboarding.newDevice()), 200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        return onboarding.api().post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()),
                "Authorization", bearer(login.text("/ticket")));
    }

    private static String pinHash(Member member) throws SQLException {
        return rows("SELECT pin_hash FROM users WHERE id::text = ?", member.userId()).getFirst();
    }

    private static List<String> auditTypes(String userId) throws SQLException {
        return rows("SELECT type FROM audit_log WHERE subject = ? ORDER BY seq", userId);
    }

    private static List<String> rows(String sql, String parameter) throws SQLException {
        try (Connection connection = infrastructure.database(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
