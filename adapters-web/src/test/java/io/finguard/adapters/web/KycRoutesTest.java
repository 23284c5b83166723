package io.finguard.adapters.web;

import io.finguard.adapters.web.account.KycEndpoints;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.SubmitKyc;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KycRoutesTest extends RouteTest {
    private static final String CALLBACK = "{\"reference\":\"kyc-ref-1\",\"decision\":\"VERIFIED\"}";
    private final AtomicReference<RecordKycDecision.Command> decided = new AtomicReference<>();

    @BeforeEach
    void reset() {
        api.stubs.recordKycDecision = command -> {
            decided.set(command);
            return new RecordKycDecision.Result.Recorded(KycStatus.VERIFIED, Tier.FULL);
        };
    }

    static String sign(String body, byte[] key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void submittedDocumentsAre202WithTheReference() {
        AtomicReference<SubmitKyc.Command> seen = new AtomicReference<>();
        api.stubs.submitKyc = command -> {
            seen.set(command);
            return new SubmitKyc.Result.Submitted("kyc-ref-1", KycStatus.PENDING);
        };

        var response = api.post("/v1/kyc", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"C01X00T47\"}",
                "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("reference").asText()).isEqualTo("kyc-ref-1");
        assertThat(response.json().get("kycStatus").asText()).isEqualTo("PENDING");
        assertThat(seen.get().user()).isEqualTo(Fixtures.USER);
        assertThat(seen.get().documents().documentNumber()).isEqualTo("C01X00T47");
    }

    @Test
    void aRefusedSubmissionIs409WithCodeAndCurrentStatus() {
        api.stubs.submitKyc = command -> new SubmitKyc.Result.Refused(SubmitKyc.Refusal.RESUBMISSIONS_EXHAUSTED, KycStatus.REJECTED);

        var response = api.post("/v1/kyc", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"C01X00T47\"}",
                "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("kyc_resubmissions_exhausted");
        assertThat(response.json().get("kycStatus").asText()).isEqualTo("REJECTED");
    }

    @Test
    void aSubmissionForAVanishedUserIs404() {
        api.stubs.submitKyc = command -> new SubmitKyc.Result.NotFound();

        var response = api.post("/v1/kyc", "{\"documentType\":\"ID_CARD\",\"documentNumber\":\"X\"}",
                "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aCorrectlySignedCallbackRecordsTheDecision() throws Exception {
        var response = api.post("/v1/kyc/callback", CALLBACK, KycEndpoints.SIGNATURE_HEADER, sign(CALLBACK, Fixtures.KYC_KEY));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("kycStatus").asText()).isEqualTo("VERIFIED");
        assertThat(response.json().get("accountTier").asText()).isEqualTo("FULL");
        assertThat(decided.get()).isEqualTo(new RecordKycDecision.Command("kyc-ref-1", true));
    }

    @Test
    void aCallbackSignedWithAnotherKeyIsRefusedBeforeTheUseCase() throws Exception {
        byte[] otherKey = "another-key-that-is-also-32-bytes-long!".getBytes(StandardCharsets.UTF_8);

        var response = api.post("/v1/kyc/callback", CALLBACK, KycEndpoints.SIGNATURE_HEADER, sign(CALLBACK, otherKey));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("signature_invalid");
        assertThat(decided.get()).isNull();
    }

    @Test
    void aCallbackWhoseBodyWasChangedAfterSigningIsRefused() throws Exception {
        String signature = sign(CALLBACK, Fixtures.KYC_KEY);

        var response = api.post("/v1/kyc/callback", CALLBACK.replace("VERIFIED", "REJECTED"),
                KycEndpoints.SIGNATURE_HEADER, signature);

        assertThat(response.status()).isEqualTo(401);
        assertThat(decided.get()).isNull();
    }

    @Test
    void anUnsignedOrMalformedSignatureIsRefused() {
        assertThat(api.post("/v1/kyc/callback", CALLBACK).status()).isEqualTo(401);
        assertThat(api.post("/v1/kyc/callback", CALLBACK, KycEndpoints.SIGNATURE_HEADER, "md5=abc").status()).isEqualTo(401);
        assertThat(decided.get()).isNull();
    }

    @Test
    void aRejectionIsPassedOnAsNotVerified() throws Exception {
        String body = "{\"reference\":\"kyc-ref-1\",\"decision\":\"REJECTED\"}";
        api.stubs.recordKycDecision = command -> {
            decided.set(command);
            return new RecordKycDecision.Result.Recorded(KycStatus.REJECTED, Tier.LIMITED);
        };

        var response = api.post("/v1/kyc/callback", body, KycEndpoints.SIGNATURE_HEADER, sign(body, Fixtures.KYC_KEY));

        assertThat(response.json().get("kycStatus").asText()).isEqualTo("REJECTED");
        assertThat(decided.get().verified()).isFalse();
    }

    @Test
    void anUnknownReferenceIs404AndARefusedDecision409() throws Exception {
        String signature = sign(CALLBACK, Fixtures.KYC_KEY);
        api.stubs.recordKycDecision = command -> new RecordKycDecision.Result.UnknownReference();
        var unknown = api.post("/v1/kyc/callback", CALLBACK, KycEndpoints.SIGNATURE_HEADER, signature);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("kyc_reference_unknown");

        api.stubs.recordKycDecision = command -> new RecordKycDecision.Result.Refused(RecordKycDecision.Refusal.INVALID_STATE);
        var refused = api.post("/v1/kyc/callback", CALLBACK, KycEndpoints.SIGNATURE_HEADER, signature);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("invalid_state");
    }

    @Test
    void anOperatorCanEnterTheDecisionByHand() {
        var response = api.management().post("/v1/admin/kyc/kyc-ref-9/decision", "{\"verified\":true}",
                "Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN));

        assertThat(response.status()).isEqualTo(200);
        assertThat(decided.get()).isEqualTo(new RecordKycDecision.Command("kyc-ref-9", true));
    }

    @Test
    void aUserCannotEnterAKycDecision() {
        var response = api.management().post("/v1/admin/kyc/kyc-ref-9/decision", "{\"verified\":true}",
                "Authorization", TestApi.bearer(Fixtures.LIMITED_TOKEN));

        assertThat(response.status()).isEqualTo(401);
        assertThat(decided.get()).isNull();
    }

    @Test
    void aBooleanSentAsStringIsRefused() {
        var response = api.management().post("/v1/admin/kyc/kyc-ref-9/decision", "{\"verified\":\"true\"}",
                "Authorization", TestApi.bearer(Fixtures.ADMIN_TOKEN));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("verified");
    }
}
