package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.PhoneProblem;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.port.out.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The entry: one challenge at a time per phone, five tries, five minutes, and limits on every side. */
class OtpJourneyTest {
    private static final String PHONE = "+4915112345678";
    private final Harness h = new Harness();

    @Test
    void aResendSupersedesTheOldCodeAfterTheCooldown() {
        RequestOtp.Result.Sent first = h.requestCode(PHONE);
        String oldCode = h.lastCode(PHONE).digits();
        RequestOtp.Result tooSoon = h.app.requestOtp().request(new RequestOtp.Command(PHONE, Optional.empty(), Harness.ip("203.0.113.7")));
        assertThat(tooSoon).isInstanceOfSatisfying(RequestOtp.Result.Throttled.class,
                t -> assertThat(t.limit()).isEqualTo(Limit.OTP_RESEND_COOLDOWN));
        h.clock.advance(Duration.ofSeconds(30));
        RequestOtp.Result.Sent second = h.requestCode(PHONE);
        assertThat(h.verify(first, oldCode, "d")).isEqualTo(new VerifyOtp.Result.Refused(VerifyOtp.Refusal.SUPERSEDED));
        assertThat(h.verify(second, h.lastCode(PHONE).digits(), "d")).isInstanceOf(VerifyOtp.Result.Proven.class);
    }

    @Test
    void theSixthGuessFailsEvenWhenRight() {
        RequestOtp.Result.Sent sent = h.requestCode(PHONE);
        String right = h.lastCode(PHONE).digits();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(h.verify(sent, wrong, "d")).isEqualTo(new VerifyOtp.Result.WrongCode(5 - attempt));
        }
        assertThat(h.verify(sent, wrong, "d")).isEqualTo(new VerifyOtp.Result.WrongCode(0));
        assertThat(h.verify(sent, right, "d")).isEqualTo(new VerifyOtp.Result.Refused(VerifyOtp.Refusal.EXHAUSTED));
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        RequestOtp.Result.Sent sent = h.requestCode(PHONE);
        h.clock.advance(Duration.ofMinutes(5));
        assertThat(h.verify(sent, h.lastCode(PHONE).digits(), "d")).isEqualTo(new VerifyOtp.Result.Refused(VerifyOtp.Refusal.EXPIRED));
    }

    @Test
    void aCodeIsSingleUse() {
        RequestOtp.Result.Sent sent = h.requestCode(PHONE);
        String code = h.lastCode(PHONE).digits();
        assertThat(h.verify(sent, code, "d")).isInstanceOf(VerifyOtp.Result.Proven.class);
        assertThat(h.verify(sent, code, "d")).isEqualTo(new VerifyOtp.Result.Refused(VerifyOtp.Refusal.ALREADY_USED));
    }

    @Test
    void junkChallengeIdsAndCodesAreAnsweredNotThrown() {
        RequestOtp.Result.Sent sent = h.requestCode(PHONE);
        assertThat(h.app.verifyOtp().verify(new VerifyOtp.Command("not-a-uuid", "123456", Harness.ip("203.0.113.7"),
                java.util.Optional.empty()))).isEqualTo(new VerifyOtp.Result.UnknownChallenge());
        assertThat(h.app.verifyOtp().verify(new VerifyOtp.Command(UUID.randomUUID().toString(), "123456", Harness.ip("203.0.113.7"),
                java.util.Optional.empty()))).isEqualTo(new VerifyOtp.Result.UnknownChallenge());
        assertThat(h.verify(sent, "١٢٣٤٥٦", "d")).isEqualTo(new VerifyOtp.Result.WrongCode(4));
        assertThat(h.verify(sent, "9".repeat(10_000), "d")).isEqualTo(new VerifyOtp.Result.WrongCode(3));
    }

    @Test
    void aChallengeIdIsTakenOnlyInItsCanonicalForm() {
        RequestOtp.Result.Sent sent = h.requestCode(PHONE);
        String id = sent.challenge().toString();
        char first = id.charAt(0);
        // A fullwidth digit or letter: java.util.UUID.fromString reads it as the ASCII one, the domain's parser does not.
        String alias = (char) (first <= '9' ? '\uFF10' + (first - '0') : '\uFF41' + (first - 'a')) + id.substring(1);

        assertThat(h.app.verifyOtp().verify(new VerifyOtp.Command(alias, h.lastCode(PHONE).digits(), Harness.ip("203.0.113.7"),
                java.util.Optional.empty()))).isEqualTo(new VerifyOtp.Result.UnknownChallenge());
    }

    @Test
    void theAnswerToARequestDoesNotRevealWhetherThePhoneIsRegistered() {
        h.signUp(PHONE, "d");
        h.clock.advance(Duration.ofMinutes(10));
        RequestOtp.Result known = h.app.requestOtp().request(new RequestOtp.Command(PHONE, Optional.empty(), Harness.ip("198.51.100.1")));
        RequestOtp.Result unknown = h.app.requestOtp().request(new RequestOtp.Command("+4915199999999", Optional.empty(),
                Harness.ip("198.51.100.2")));
        assertThat(known).isInstanceOf(RequestOtp.Result.Sent.class);
        assertThat(unknown).isInstanceOf(RequestOtp.Result.Sent.class);
        RequestOtp.Result.Sent k = (RequestOtp.Result.Sent) known;
        RequestOtp.Result.Sent u = (RequestOtp.Result.Sent) unknown;
        assertThat(k.expiresIn()).isEqualTo(u.expiresIn());
        assertThat(k.resendAfter()).isEqualTo(u.resendAfter());
    }

    @Test
    void theChallengeAndItsOutboxMessageAreWrittenTogetherAndTheCodeIsStoredOnlyAsAHashAndSealed() {
        RequestOtp.Result.Sent sent = (RequestOtp.Result.Sent) h.app.requestOtp()
                .request(new RequestOtp.Command(PHONE, Optional.empty(), Harness.ip("203.0.113.7")));
        OutboxMessage queued = h.db.outbox().pending().getFirst();
        assertThat(queued.challenge()).isEqualTo(sent.challenge());
        OtpCode code = h.sealer.open(queued.sealedCode(), queued.id(), queued.challenge(), queued.to()).orElseThrow();
        assertThat(new String(queued.sealedCode().bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(code.digits());
        ChallengeId id = sent.challenge();
        var stored = h.db.transactions().inTransaction(() -> h.db.otpChallenges().lock(id)).orElseThrow();
        assertThat(stored.facts().codeHash().value()).doesNotContain(code.digits());

        h.db.outbox().dispatch(new SealedCodeCourier(h.sealer, h.sms), 10, h.clock.instant());

        assertThat(h.lastCode(PHONE)).isEqualTo(code);
    }

    @Test
    void phonesThatCannotReceiveSmsOrAreOutsideTheAllowedCountriesAreRefusedBeforeAnyCode() {
        assertThat(request("+49 30 12345678")).isEqualTo(new RequestOtp.Result.InvalidPhone(PhoneProblem.NOT_MOBILE));
        assertThat(request("+33612345678")).isEqualTo(new RequestOtp.Result.InvalidPhone(PhoneProblem.COUNTRY_NOT_ALLOWED));
        assertThat(request("not a phone")).isEqualTo(new RequestOtp.Result.InvalidPhone(PhoneProblem.MALFORMED));
        assertThat(h.db.outbox().pending()).isEmpty();
    }

    @Test
    void tooManyWrongCodesAcrossChallengesLockThePhone() {
        for (int i = 0; i < 2; i++) {
            RequestOtp.Result.Sent sent = h.requestCode(PHONE);
            for (int attempt = 0; attempt < 5; attempt++) {
                h.verify(sent, "000001", "d");
            }
            h.clock.advance(Duration.ofSeconds(31));
        }
        RequestOtp.Result.Sent third = h.requestCode(PHONE);
        assertThat(h.verify(third, h.lastCode(PHONE).digits(), "d")).isInstanceOfSatisfying(VerifyOtp.Result.Throttled.class,
                t -> assertThat(t.limit()).isEqualTo(Limit.OTP_PHONE_LOCKED));
        h.clock.advance(Duration.ofMinutes(15));
        RequestOtp.Result.Sent fourth = h.requestCode(PHONE);
        assertThat(h.verify(fourth, h.lastCode(PHONE).digits(), "d")).isInstanceOfSatisfying(VerifyOtp.Result.Proven.class,
                p -> assertThat(p.login()).isInstanceOf(LoginResult.OnboardingRequired.class));
    }

    private RequestOtp.Result request(String phone) {
        return h.app.requestOtp().request(new RequestOtp.Command(phone, Optional.empty(), new ClientAddress("203.0.113.9")));
    }
}
