package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.policy.PinPolicy;
import io.finguard.domain.policy.SecretVerdict;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The journeys of flows.md walked through the HTTP API, one step per method, for tests to compose. A step that
 * does not answer as the journey needs fails with the answer's status and body: these are preconditions.
 */
final class Onboarding {
    static final LocalDate DATE_OF_BIRTH = LocalDate.of(1990, 4, 17);
    /** The resend cooldown of every service under test (security.md's is 30 s; see {@link E2eStack#LIMITS}). */
    static final Duration RESEND_COOLDOWN = Duration.ofSeconds(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClient api;
    private final ApiClient operator;
    private final SmsGateway sms;
    private final String adminToken;

    /** {@code operator} talks to the management port, where the admin API lives. */
    Onboarding(ApiClient api, ApiClient operator, SmsGateway sms, String adminToken) {
        this.api = api;
        this.operator = operator;
        this.sms = sms;
        this.adminToken = adminToken;
    }

    ApiClient api() {
        return api;
    }

    /** The operator's client, on the management port. */
    ApiClient operator() {
        return operator;
    }

    String adminBearer() {
        return bearer(adminToken);
    }

    /** POST /v1/auth/otp (202) and the code the SMS gateway then receives. */
    Challenge requestCode(String phone) {
        int before = sms.count(phone);
        Instant sentAt = Instant.now();
        ApiResponse sent = expect(api.post("/v1/auth/otp", json("phone", phone)), 202);
        return new Challenge(phone, sent.text("/challengeId"), sms.awaitCode(phone, before), sentAt);
    }

    /** A {@code null} device leaves deviceId out of the body, as a client that sends none. */
    ApiResponse verify(Challenge challenge, String code, String device) {
        return api.post("/v1/auth/otp/verify", device == null
                ? json("challengeId", challenge.challengeId(), "code", code)
                : json("challengeId", challenge.challengeId(), "code", code, "deviceId", device));
    }

    ApiResponse verify(Challenge challenge, String device) {
        return verify(challenge, challenge.code(), device);
    }

    /** Phone proven for an unknown number: the signup ticket of ONBOARDING_REQUIRED. */
    String signupTicket(Challenge challenge, String device) {
        ApiResponse proven = expect(verify(challenge, device), 200);
        if (!"ONBOARDING_REQUIRED".equals(proven.text("/authState"))) {
            throw new AssertionError("expected ONBOARDING_REQUIRED, got " + proven.body());
        }
        return proven.text("/ticket");
    }

    ApiResponse setCredentials(String ticket, String password, String pin) {
        SecretLedger.passwordChosen(password);
        SecretLedger.pinChosen(pin);
        return api.put("/v1/signup/credentials", json("password", password, "pin", pin), "Authorization", bearer(ticket));
    }

    ApiResponse completeProfile(String ticket) {
        return api.put("/v1/signup/profile", json("firstName", "Erika", "lastName", "Mustermann",
                "dateOfBirth", DATE_OF_BIRTH.toString(),
                "address", object("line1", "Teststrasse 1", "city", "Berlin", "postalCode", "10115", "country", "DE")),
                "Authorization", bearer(ticket));
    }

    ApiResponse submit(String ticket, String device) {
        return device == null ? api.post("/v1/signup/submit", null, "Authorization", bearer(ticket))
                : api.post("/v1/signup/submit", null, "Authorization", bearer(ticket), "X-Device-Id", device);
    }

    /** The whole signup of a new phone (S1-S5): a LIMITED member holding the first token pair. */
    Member signUp() {
        return signUp(newDevice());
    }

    /** The same, on this device; {@code null} for a client that never names its device. */
    Member signUp(String device) {
        String phone = Phones.fresh();
        String password = newPassword();
        String pin = newPin(phone);
        Challenge challenge = requestCode(phone);
        String ticket = signupTicket(challenge, device);
        expect(setCredentials(ticket, password, pin), 200);
        expect(completeProfile(ticket), 200);
        ApiResponse approved = expect(submit(ticket, device), 201);
        String access = approved.text("/tokens/accessToken");
        String userId = expect(api.get("/v1/me", "Authorization", bearer(access)), 200).text("/userId");
        return new Member(phone, device, password, pin, userId, access, approved.text("/tokens/refreshToken"),
                challenge.sentAt());
    }

    /** S6-S8: KYC submitted, verified by an operator, and a refresh that brings the FULL scopes. */
    Member upgradeToFull(Member member) {
        ApiResponse submitted = expect(api.post("/v1/kyc", json("documentType", "PASSPORT", "documentNumber", newDocumentNumber()),
                "Authorization", bearer(member.accessToken())), 202);
        expect(operator.post("/v1/admin/kyc/" + submitted.text("/reference") + "/decision", json("verified", true),
                "Authorization", adminBearer()), 200);
        return member.withTokensOf(expect(refresh(member.refreshToken()), 200).json());
    }

    ApiResponse refresh(String refreshToken) {
        return api.post("/v1/auth/refresh", json("refreshToken", refreshToken));
    }

    /** Step-up of a live session with the PIN: a new pair with acr aal2. */
    Member stepUp(Member member) {
        return member.withTokensOf(expect(api.post("/v1/auth/step-up", json("method", "pin", "secret", member.pin()),
                "Authorization", bearer(member.accessToken())), 200).json());
    }

    void fund(Member member, long minor) {
        String deposit = json("userId", member.userId(), "amount", object("minor", minor, "currency", "EUR"));
        expect(operator.post("/v1/admin/accounts/fund", deposit, "Authorization", adminBearer()), 200);
    }

    /**
     * Sleeps until the phone's resend cooldown ({@link #RESEND_COOLDOWN} after its last code, counted by Redis) has
     * surely passed; the seeded members' cooldowns have long run out by the time a test asks.
     */
    static void awaitResendAllowed(Instant lastCodeSentAt) {
        Duration left = Duration.between(Instant.now(), lastCodeSentAt.plus(RESEND_COOLDOWN).plusSeconds(1));
        if (!left.isNegative()) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting out the resend cooldown", e);
            }
        }
    }

    static ApiResponse expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new AssertionError(response + " (expected " + status + "): " + response.body());
        }
        return response;
    }

    static String newDevice() {
        return "device-" + HexFormat.of().toHexDigits(RANDOM.nextInt());
    }

    static String newPassword() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return "e2e-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "-pass";
    }

    /** A random six-digit PIN the PIN policy accepts for this phone and the standard birth date. */
    static String newPin(String phone) {
        PinPolicy policy = new PinPolicy();
        while (true) {
            String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (policy.check(pin, PhoneNumber.of(phone), Optional.of(DATE_OF_BIRTH)) instanceof SecretVerdict.Acceptable) {
                return pin;
            }
        }
    }

    private static String newDocumentNumber() {
        return "X" + HexFormat.of().toHexDigits(RANDOM.nextInt()).toUpperCase();
    }
}
