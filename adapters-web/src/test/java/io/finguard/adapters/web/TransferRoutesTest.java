package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.port.in.AuthorizationView;
import io.finguard.domain.model.TransferId;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.TransferView;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransferRoutesTest extends RouteTest {
    private static final String BODY = "{\"recipientPhone\":\"+4915199999999\",\"amount\":{\"minor\":2500,\"currency\":\"EUR\"}}";
    private static final TransferView DONE = new TransferView(TransferId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1")),
            Money.of(2500, "EUR"), "+4915*******99", Fixtures.NOW);
    private final AtomicReference<CreateTransfer.Command> seen = new AtomicReference<>();

    @BeforeEach
    void reset() {
        api.stubs.createTransfer = command -> {
            seen.set(command);
            return new CreateTransfer.Result.Completed(DONE);
        };
    }

    private static TestApi.Response transfer(String body, String key) {
        return key == null
                ? api.post("/v1/transfers", body, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN))
                : api.post("/v1/transfers", body, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN), "Idempotency-Key", key);
    }

    @Test
    void aCompletedTransferIs201AndCarriesTheCallerAndKey() {
        var response = transfer(BODY, "order-42_a");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("transferId").asText()).isEqualTo(DONE.id().toString());
        assertThat(response.json().get("recipient").asText()).isEqualTo("+4915*******99");
        assertThat(response.header("Idempotent-Replayed")).isEmpty();
        assertThat(seen.get().idempotencyKey()).isEqualTo("order-42_a");
        assertThat(seen.get().amount()).isEqualTo(Money.of(2500, "EUR"));
        assertThat(seen.get().caller()).isEqualTo(Fixtures.full());
    }

    @Test
    void aReplayIs200WithTheReplayHeader() {
        api.stubs.createTransfer = command -> new CreateTransfer.Result.Replayed(DONE);

        var response = transfer(BODY, "order-42");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Idempotent-Replayed")).contains("true");
        assertThat(response.json().get("transferId").asText()).isEqualTo(DONE.id().toString());
    }

    @Test
    void eachDenialHasItsStatusAndCode() {
        Map<TransferDenial, Integer> expected = Map.ofEntries(
                Map.entry(TransferDenial.INSUFFICIENT_TIER, 403), Map.entry(TransferDenial.MISSING_SCOPE, 403),
                Map.entry(TransferDenial.ACCOUNT_NOT_ACTIVE, 403),
                Map.entry(TransferDenial.RECIPIENT_NOT_ACTIVE, 422), Map.entry(TransferDenial.SAME_ACCOUNT, 422),
                Map.entry(TransferDenial.INVALID_AMOUNT, 422), Map.entry(TransferDenial.CURRENCY_MISMATCH, 422),
                Map.entry(TransferDenial.DAILY_LIMIT_EXCEEDED, 422), Map.entry(TransferDenial.INSUFFICIENT_FUNDS, 422),
                Map.entry(TransferDenial.RECIPIENT_BALANCE_CAP, 422), Map.entry(TransferDenial.COOLING_OFF, 403),
                Map.entry(TransferDenial.SIM_SWAP_HOLD, 403), Map.entry(TransferDenial.PASSWORD_STEP_UP_REQUIRED, 403));
        assertThat(expected).hasSameSizeAs(TransferDenial.values());
        expected.forEach((denial, status) -> {
            api.stubs.createTransfer = command -> new CreateTransfer.Result.Denied(denial);

            var response = transfer(BODY, "k");

            assertThat(response.status()).as(denial.name()).isEqualTo(status);
            assertThat(response.code()).isEqualTo(denial.code());
        });
    }

    @Test
    void aPaymentNeedingScaIs403WithItsAuthorisationAndTheIdComesBackInTheHeader() {
        AuthorizationId id = AuthorizationId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a7"));
        api.stubs.createTransfer = command -> {
            seen.set(command);
            return new CreateTransfer.Result.ScaRequired(new AuthorizationView(id, Money.of(2500, "EUR"), "+4915*******99",
                    Fixtures.NOW.plusSeconds(300), AuthorizationView.METHODS, "Y2hhbGxlbmdl", "pending"));
        };

        var response = transfer(BODY, "k");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("sca_required");
        assertThat(response.json().get("authorizationId").asText()).isEqualTo(id.toString());
        assertThat(response.json().get("amount").get("minor").asLong()).isEqualTo(2500);
        assertThat(response.json().get("payee").asText()).isEqualTo("+4915*******99");
        assertThat(response.json().get("expiresAt").asText()).isEqualTo(Fixtures.NOW.plusSeconds(300).toString());
        assertThat(response.json().get("methods").toString()).isEqualTo("[\"pin\",\"password\",\"passkey\",\"sms\"]");
        assertThat(response.json().get("challenge").asText()).isEqualTo("Y2hhbGxlbmdl");
        assertThat(seen.get().authorization()).isEmpty();

        api.post("/v1/transfers", BODY, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN), "Idempotency-Key", "k",
                "Authorization-Id", id.toString());
        assertThat(seen.get().authorization()).contains(id);
    }

    @Test
    void aRefusedAuthorisationIs403WithItsReasonAndAMalformedId400() {
        api.stubs.createTransfer = command -> new CreateTransfer.Result.AuthorizationRefused(Rejection.AUTHORIZATION_MISMATCH);
        var refused = api.post("/v1/transfers", BODY, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN), "Idempotency-Key", "k",
                "Authorization-Id", UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("authorization_mismatch");

        var malformed = api.post("/v1/transfers", BODY, "Authorization", TestApi.bearer(Fixtures.FULL_TOKEN), "Idempotency-Key", "k",
                "Authorization-Id", "not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("Authorization-Id");
    }

    @Test
    void aReusedKeyIs409AndAnUnknownRecipient404() {
        api.stubs.createTransfer = command -> new CreateTransfer.Result.KeyReused();
        assertThat(transfer(BODY, "k").code()).isEqualTo("idempotency_key_reused");

        api.stubs.createTransfer = command -> new CreateTransfer.Result.RecipientNotFound();
        var missing = transfer(BODY, "k");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("recipient_not_found");
    }

    @Test
    void aThrottledTransferIs429WithRetryAfterAndTheLimit() {
        api.stubs.createTransfer = command -> new CreateTransfer.Result.Throttled(Limit.USER_TRANSFERS, Duration.ofSeconds(41));

        var response = transfer(BODY, "k");

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("rate_limited");
        assertThat(response.json().get("limit").asText()).isEqualTo("user_transfers");
        assertThat(response.header("Retry-After")).contains("41");
    }

    @Test
    void theIdempotencyKeyIsRequiredAndWellFormed() {
        for (String key : new String[] {null, "has space", "x".repeat(65), "semi;colon"}) {
            var response = transfer(BODY, key);

            assertThat(response.status()).as(String.valueOf(key)).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(seen.get()).isNull();
    }

    @Test
    void amountsAndPhonesAreCheckedAtTheEdge() {
        var fractional = transfer("{\"recipientPhone\":\"+4915199999999\",\"amount\":{\"minor\":2.5,\"currency\":\"EUR\"}}", "k");
        assertThat(fractional.status()).isEqualTo(400);
        assertThat(fractional.json().get("errors").get(0).get("field").asText()).isEqualTo("amount.minor");

        var quoted = transfer("{\"recipientPhone\":\"+4915199999999\",\"amount\":{\"minor\":\"2500\",\"currency\":\"EUR\"}}", "k");
        assertThat(quoted.status()).isEqualTo(400);

        var badPhone = transfer("{\"recipientPhone\":\"0151 999\",\"amount\":{\"minor\":1,\"currency\":\"eur\"}}", "k");
        assertThat(badPhone.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("recipientPhone", "amount.currency");
        assertThat(seen.get()).isNull();
    }
}
