package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;
import static io.finguard.bootstrap.e2e.Onboarding.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.PhoneNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The phone lifecycle over HTTP with real PostgreSQL and Redis: a change of number end to end (the other session ends,
 * the old number gets a notice without a code, the audit log holds both numbers masked, transfers wait out the
 * cooling-off), its refusals, and lost-phone recovery decided by the stub provider and by an operator.
 */
class PhoneLifecycleE2eTest {
    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void aChangeOfNumberEndToEnd() throws Exception {
        Member member = onboarding.stepUp(onboarding.upgradeToFull(onboarding.signUp()));
        onboarding.fund(member, 10_000);
        Member payee = onboarding.signUp();
        String otherRefresh = secondSession(member);
        String next = Phones.fresh();

        ApiResponse sent = expect(api.post("/v1/me/phone", json("phone", next), "Authorization", bearer(member.accessToken())), 202);
        String code = stack.sms().awaitCode(next, 0);
        ApiResponse changed = expect(api.post("/v1/me/phone/verify", json("challengeId", sent.text("/challengeId"), "code", code),
                "Authorization", bearer(member.accessToken())), 200);

        assertThat(changed.text("/phone")).isEqualTo(PhoneNumber.of(next).masked());
        assertThat(changed.json().get("sessionsEnded").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(onboarding.refresh(otherRefresh).status()).isEqualTo(401);
        ApiResponse me = expect(api.get("/v1/me", "Authorization", bearer(member.accessToken())), 200);
        assertThat(me.text("/phone")).isEqualTo(PhoneNumber.of(next).masked());
        assertThat(Instant.parse(me.text("/coolingOffUntil"))).isAfter(Instant.now().plusSeconds(71 * 3600));

        String notice = stack.sms().awaitNotice(member.phone());
        assertThat(notice).contains("moved to a new phone number").doesNotContain("\"code\"").doesNotContain(code);

        ApiResponse transfer = api.post("/v1/transfers", json("recipientPhone", payee.phone(), "amount", object("minor", 100, "currency", "EUR")),
                "Authorization", bearer(member.accessToken()), "Idempotency-Key", "cool-1");
        assertThat(transfer.status()).isEqualTo(403);
        assertThat(transfer.code()).isEqualTo("cooling_off");

        List<String> details = auditDetails(member.userId(), "PHONE_CHANGED");
        assertThat(details).singleElement().satisfies(d -> assertThat(d)
                .contains(PhoneNumber.of(member.phone()).masked()).contains(PhoneNumber.of(next).masked())
                .doesNotContain(member.phone()).doesNotContain(next));
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement(
                "SELECT count(*) FROM outbox WHERE phone_index = decode(?, 'hex') AND kind = 'PHONE_NUMBER_CHANGED'")) {
            q.setString(1, ServeSettings.phoneIndexHex(member.phone()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aChangeWithoutAFreshStepUpIsRefused() {
        Member member = onboarding.signUp();

        ApiResponse refused = api.post("/v1/me/phone", json("phone", Phones.fresh()), "Authorization", bearer(member.accessToken()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("step_up_required");
    }

    @Test
    void aPhoneEntryCodeIsRefusedForAChangeAndAChangeCodeForAnEntry() {
        Member member = onboarding.stepUp(onboarding.signUp());
        String next = Phones.fresh();
        ApiResponse change = expect(api.post("/v1/me/phone", json("phone", next), "Authorization", bearer(member.accessToken())), 202);
        String changeCode = stack.sms().awaitCode(next, 0);
        Onboarding.awaitResendAllowed(Instant.now());
        Challenge entry = onboarding.requestCode(next);

        ApiResponse entryForChange = api.post("/v1/me/phone/verify", json("challengeId", entry.challengeId(), "code", entry.code()),
                "Authorization", bearer(member.accessToken()));
        assertThat(entryForChange.status()).isEqualTo(404);
        assertThat(entryForChange.code()).isEqualTo("phone_change_unknown");
        ApiResponse changeForEntry = api.post("/v1/auth/otp/verify", json("challengeId", change.text("/challengeId"), "code", changeCode));
        assertThat(changeForEntry.status()).isEqualTo(404);
        assertThat(changeForEntry.code()).isEqualTo("otp_unknown");
        if (!entry.code().equals(changeCode)) {
            ApiResponse wrong = api.post("/v1/me/phone/verify", json("challengeId", change.text("/challengeId"), "code", entry.code()),
                    "Authorization", bearer(member.accessToken()));
            assertThat(wrong.code()).isEqualTo("otp_invalid");
        }
        expect(api.post("/v1/me/phone/verify", json("challengeId", change.text("/challengeId"), "code", changeCode),
                "Authorization", bearer(member.accessToken())), 200);
    }

    @Test
    void anotherCustomersNumberIsRefusedLikeAnInvalidOne() {
        Member member = onboarding.stepUp(onboarding.signUp());
        Member other = onboarding.signUp();
        // Every request counts against the new number's send limits first, like any code request.
        Onboarding.awaitResendAllowed(other.lastCodeSentAt());

        ApiResponse taken = api.post("/v1/me/phone", json("phone", other.phone()), "Authorization", bearer(member.accessToken()));
        ApiResponse invalid = api.post("/v1/me/phone", json("phone", "+1"), "Authorization", bearer(member.accessToken()));

        assertThat(taken.status()).isEqualTo(422).isEqualTo(invalid.status());
        assertThat(taken.code()).isEqualTo("phone_not_accepted").isEqualTo(invalid.code());
        assertThat(taken.text("/detail")).isEqualTo(invalid.text("/detail"));
        assertThat(taken.json().get("errors")).isEqualTo(invalid.json().get("errors"));
    }

    @Test
    void aRecoveryTheStubApprovesMovesTheAccount() {
        Member member = onboarding.signUp();
        String next = Phones.fresh();
        String ticket = onboarding.signupTicket(onboarding.requestCode(next), Onboarding.newDevice());

        ApiResponse started = expect(recover(ticket, member.phone(), member.password(), "P7654321"), 202);
        assertThat(started.text("/status")).isEqualTo("APPROVED");
        ApiResponse done = expect(api.post("/v1/recovery/complete", null, "Authorization", bearer(ticket)), 200);

        assertThat(done.text("/status")).isEqualTo("COMPLETED");
        assertThat(onboarding.refresh(member.refreshToken()).status()).isEqualTo(401);
        assertThat(stack.sms().awaitNotice(member.phone())).doesNotContain("\"code\"");
        Onboarding.awaitResendAllowed(Instant.now());
        ApiResponse login = expect(onboarding.verify(onboarding.requestCode(next), Onboarding.newDevice()), 200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
    }

    @Test
    void aRecoveryTheStubRejectsLeavesTheAccountAlone() {
        Member member = onboarding.signUp();
        String ticket = onboarding.signupTicket(onboarding.requestCode(Phones.fresh()), Onboarding.newDevice());

        assertThat(expect(recover(ticket, member.phone(), member.password(), "REJECT-1"), 202).text("/status")).isEqualTo("REJECTED");
        ApiResponse refused = api.post("/v1/recovery/complete", null, "Authorization", bearer(ticket));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(onboarding.refresh(member.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void anOperatorApprovesOneRecoveryAndRejectsAnother() {
        Member approved = onboarding.signUp();
        String approvedTicket = onboarding.signupTicket(onboarding.requestCode(Phones.fresh()), Onboarding.newDevice());
        ApiResponse waiting = expect(recover(approvedTicket, approved.phone(), approved.password(), "REVIEW-1"), 202);
        assertThat(waiting.text("/status")).isEqualTo("IDENTITY_PENDING");
        assertThat(api.post("/v1/recovery/complete", null, "Authorization", bearer(approvedTicket)).code()).isEqualTo("invalid_state");

        ApiResponse decided = expect(decide(waiting.text("/recoveryId"), true), 200);
        assertThat(decided.text("/status")).isEqualTo("APPROVED");
        expect(api.post("/v1/recovery/complete", null, "Authorization", bearer(approvedTicket)), 200);
        assertThat(auditDetails(approved.userId(), "RECOVERY_DECIDED")).hasSize(1);

        Member rejected = onboarding.signUp();
        String rejectedTicket = onboarding.signupTicket(onboarding.requestCode(Phones.fresh()), Onboarding.newDevice());
        ApiResponse pending = expect(recover(rejectedTicket, rejected.phone(), rejected.password(), "REVIEW-2"), 202);
        assertThat(expect(decide(pending.text("/recoveryId"), false), 200).text("/status")).isEqualTo("REJECTED");
        assertThat(expect(api.get("/v1/recovery", "Authorization", bearer(rejectedTicket)), 200).text("/status")).isEqualTo("REJECTED");
        assertThat(api.post("/v1/recovery/complete", null, "Authorization", bearer(rejectedTicket)).status()).isEqualTo(409);
    }

    @Test
    void aWrongPasswordAndAnUnknownOldNumberAnswerTheSame() {
        Member member = onboarding.signUp();
        String ticket = onboarding.signupTicket(onboarding.requestCode(Phones.fresh()), Onboarding.newDevice());

        ApiResponse wrong = recover(ticket, member.phone(), "not-the-password-at-all", "P1");
        ApiResponse unknown = recover(ticket, Phones.fresh(), member.password(), "P1");

        assertThat(wrong.status()).isEqualTo(403).isEqualTo(unknown.status());
        assertThat(wrong.code()).isEqualTo("recovery_refused");
        assertThat(wrong.text("/detail")).isEqualTo(unknown.text("/detail"));
    }

    private ApiResponse recover(String ticket, String oldPhone, String password, String documentNumber) {
        return api.post("/v1/recovery", json("oldPhone", oldPhone, "password", password, "documentType", "PASSPORT",
                "documentNumber", documentNumber), "Authorization", bearer(ticket));
    }

    private ApiResponse decide(String recoveryId, boolean approve) {
        return onboarding.operator().post("/v1/admin/recoveries/" + recoveryId + "/decision",
                json("approve", approve, "reason", "identity document checked"), "Authorization", onboarding.adminBearer());
    }

    /** The member logs in on a second device (a new device steps up with the PIN): that session's refresh token. */
    private String secondSession(Member member) {
        Onboarding.awaitResendAllowed(member.lastCodeSentAt());
        ApiResponse entered = expect(onboarding.verify(onboarding.requestCode(member.phone()), Onboarding.newDevice()), 200);
        ApiResponse stepped = expect(api.post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()),
                "Authorization", bearer(entered.text("/ticket"))), 200);
        return stepped.text("/tokens/refreshToken");
    }

    private List<String> auditDetails(String subject, String type) {
        List<String> rows = new ArrayList<>();
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement(
                "SELECT details::text FROM audit_log WHERE subject = ? AND type = ?")) {
            q.setString(1, subject);
            q.setString(2, type);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
