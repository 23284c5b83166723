package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.bearer;
import static io.finguard.bootstrap.scale.Client.json;
import static io.finguard.bootstrap.scale.Client.object;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.policy.PinPolicy;
import io.finguard.domain.policy.SecretVerdict;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Optional;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The journeys of flows.md over HTTP against the instances of a {@link ScaleSystem}, each step on the next
 * instance in turn, so every journey crosses instances (a ticket issued by one is used at the next).
 */
final class Journeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Two mobile prefixes, so the per-prefix anomaly cap (200 sends in 10 min per 5-character prefix) is not the limit. */
    private static final List<String> PREFIXES = List.of("+49151", "+49170");
    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger NEXT_PREFIX = new AtomicInteger();
    static final String PIN_DOB = "1990-04-17";

    private final ScaleSystem system;
    private final AtomicInteger turn = new AtomicInteger();

    Journeys(ScaleSystem system) {
        this.system = system;
    }

    /** The next instance in round-robin order. */
    FinGuardProcess next() {
        return system.instance(turn.getAndIncrement());
    }

    static String freshPhone() {
        String prefix = PREFIXES.get(Math.floorMod(NEXT_PREFIX.getAndIncrement(), PREFIXES.size()));
        while (true) {
            String phone = prefix + String.format("%08d", RANDOM.nextInt(100_000_000));
            if (HANDED_OUT.add(phone)) {
                return phone;
            }
        }
    }

    static String newDevice() {
        return "scale-" + HexFormat.of().toHexDigits(RANDOM.nextInt());
    }

    /** A random six-digit PIN the PIN policy accepts for this phone and the birth date of {@link #profile()}. */
    static String newPin(String phone) {
        PinPolicy policy = new PinPolicy();
        while (true) {
            String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (policy.check(pin, PhoneNumber.of(phone), Optional.of(LocalDate.parse(PIN_DOB))) instanceof SecretVerdict.Acceptable) {
                return pin;
            }
        }
    }

    /** POST /v1/auth/otp (202) and the code the gateway then receives. */
    String[] requestCode(Client client, FinGuardProcess at, String phone) {
        int before = system.gateway.count(phone);
        Answer sent = expect(client.send(at, "POST", "/v1/auth/otp", json("phone", phone)), 202);
        return new String[] {sent.text("/challengeId"), system.gateway.awaitCode(phone, before)};
    }

    /** The whole signup (S1-S5) over the instances in turn: a LIMITED member with its first tokens. */
    Member signUp() {
        Client client = Client.fresh();
        String phone = freshPhone();
        String device = newDevice();
        String pin = newPin(phone);
        String ticket = ticket(client, phone, device);
        String password = "scale-" + HexFormat.of().toHexDigits(RANDOM.nextLong()) + "-pass";
        expectRetrying(() -> client.send(next(), "PUT", "/v1/signup/credentials", json("password", password, "pin", pin),
                "Authorization", bearer(ticket)), 200);
        expectRetrying(() -> client.send(next(), "PUT", "/v1/signup/profile", profile(), "Authorization", bearer(ticket)), 200);
        Answer approved = expect(client.send(next(), "POST", "/v1/signup/submit", null,
                "Authorization", bearer(ticket), "X-Device-Id", device), 201);
        String access = approved.text("/tokens/accessToken");
        String userId = expect(client.send(next(), "GET", "/v1/me", null, "Authorization", bearer(access)), 200).text("/userId");
        return new Member(client, phone, device, pin, userId, access, approved.text("/tokens/refreshToken"));
    }

    /** S1: a proven number's signup ticket (a code sent, received by the gateway and verified). */
    String ticket(Client client, String phone, String device) {
        String[] challenge = requestCode(client, next(), phone);
        return expect(client.send(next(), "POST", "/v1/auth/otp/verify",
                json("challengeId", challenge[0], "code", challenge[1], "deviceId", device)), 200).text("/ticket");
    }

    static String profile() {
        return json("firstName", "Erika", "lastName", "Mustermann", "dateOfBirth", PIN_DOB,
                "address", object("line1", "Teststrasse 1", "city", "Berlin", "postalCode", "10115", "country", "DE"));
    }

    /** S6-S8: KYC submitted, verified by an operator, a refresh that brings the FULL scopes, and a PIN step-up (AAL2). */
    Member fullAndStepped(Member member) {
        Answer submitted = expect(member.client().send(next(), "POST", "/v1/kyc",
                json("documentType", "PASSPORT", "documentNumber", "X" + HexFormat.of().toHexDigits(RANDOM.nextInt()).toUpperCase()),
                "Authorization", bearer(member.accessToken())), 202);
        expect(member.client().sendManagement(next(), "POST", "/v1/admin/kyc/" + submitted.text("/reference") + "/decision",
                json("verified", true), "Authorization", system.adminBearer()), 200);
        Member full = member.withTokens(expect(refresh(member.client(), next(), member.refreshToken()), 200));
        return full.withTokens(expect(member.client().send(next(), "POST", "/v1/auth/step-up", json("method", "pin", "secret", full.pin()),
                "Authorization", bearer(full.accessToken())), 200));
    }

    Answer refresh(Client client, FinGuardProcess at, String refreshToken) {
        return client.send(at, "POST", "/v1/auth/refresh", json("refreshToken", refreshToken));
    }

    void fund(Member member, long minor) {
        expect(member.client().sendManagement(next(), "POST", "/v1/admin/accounts/fund",
                json("userId", member.userId(), "amount", object("minor", minor, "currency", "EUR")),
                "Authorization", system.adminBearer()), 200);
    }

    /**
     * A transfer as a client makes it since issue 13: when it answers sca_required, the authorisation is confirmed with
     * the PIN and the same request repeated with its Authorization-Id; any other first answer is returned.
     */
    Answer transfer(Member from, FinGuardProcess at, String toPhone, long minor, String idempotencyKey) {
        String body = json("recipientPhone", toPhone, "amount", object("minor", minor, "currency", "EUR"));
        Answer first = from.client().send(at, "POST", "/v1/transfers", body, "Authorization", bearer(from.accessToken()),
                "Idempotency-Key", idempotencyKey);
        if (first.status() != 403 || !"sca_required".equals(first.code())) {
            return first;
        }
        String id = first.text("/authorizationId");
        Answer confirmed = from.client().send(at, "POST", "/v1/authorizations/" + id, json("method", "pin", "secret", from.pin()),
                "Authorization", bearer(from.accessToken()));
        if (confirmed.status() != 200) {
            return confirmed;
        }
        return from.client().send(at, "POST", "/v1/transfers", body, "Authorization", bearer(from.accessToken()),
                "Idempotency-Key", idempotencyKey, "Authorization-Id", id);
    }

    /** Puts {@code payee} on the trusted list of {@code from}, whose session must have been stepped up just now. */
    void trust(Member from, Member payee) {
        expect(from.client().send(next(), "POST", "/v1/me/trusted-payees", json("phone", payee.phone()),
                "Authorization", bearer(from.accessToken())), 201);
    }

    long balance(Member member) {
        return expect(member.client().send(next(), "GET", "/v1/me", null, "Authorization", bearer(member.accessToken())), 200)
                .json().at("/balance/minor").asLong();
    }

    /**
     * As {@link #expect}, repeating a request answered 503 with Retry-After (a hashing slot not free within its wait on
     * a machine this busy) after a second, twice at most, as a client would; each hashing step may be tried 10 times.
     */
    static Answer expectRetrying(java.util.function.Supplier<Answer> request, int status) {
        Answer answer = request.get();
        for (int repeat = 0; repeat < 2 && answer.status() == 503 && answer.headers().firstValue("Retry-After").isPresent(); repeat++) {
            FinGuardProcess.sleep(1000);
            answer = request.get();
        }
        return expect(answer, status);
    }

    static Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError(answer + " (expected " + status + ")");
        }
        return answer;
    }
}
