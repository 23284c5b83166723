package io.finguard.adapters.web.account;

import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.account.KycDocuments;
import io.javalin.http.Context;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** S6 (POST /v1/kyc) and S7: the provider's signed callback, and the same decision entered by an operator. */
public final class KycEndpoints {
    /** The header carrying the provider's HMAC of the callback body. */
    public static final String SIGNATURE_HEADER = "X-FinGuard-Signature";
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-Z][A-Z_]{1,31}");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern DECISION = Pattern.compile("VERIFIED|REJECTED");
    private static final Pattern SIGNATURE = Pattern.compile("sha256=([0-9a-fA-F]{64})");
    private final SubmitKyc submitKyc;
    private final RecordKycDecision recordKycDecision;
    private final Guard guard;
    private final Edge edge;
    private final SecretKeySpec callbackKey;

    public KycEndpoints(SubmitKyc submitKyc, RecordKycDecision recordKycDecision, Guard guard, Edge edge, byte[] callbackKey) {
        this.submitKyc = submitKyc;
        this.recordKycDecision = recordKycDecision;
        this.guard = guard;
        this.edge = edge;
        this.callbackKey = new SecretKeySpec(callbackKey, "HmacSHA256");
    }

    record KycRequest(String documentType, String documentNumber) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.matches("documentType", documentType, DOCUMENT_TYPE, "an upper-case type such as PASSPORT")
                    .matches("documentNumber", documentNumber, DOCUMENT_NUMBER, "1-64 characters of [A-Za-z0-9-]");
        }

        @Override
        public String toString() {
            return "KycRequest[" + documentType + ", redacted]";
        }
    }

    record CallbackRequest(String reference, String decision) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.matches("reference", reference, REFERENCE, "a provider reference")
                    .matches("decision", decision, DECISION, "VERIFIED or REJECTED");
        }
    }

    record OperatorDecision(Boolean verified) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.present("verified", verified);
        }
    }

    record SubmittedBody(String reference, String kycStatus) {
    }

    record DecisionBody(String kycStatus, String accountTier) {
    }

    public void submit(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.KYC_SUBMIT);
        KycRequest body = edge.body(ctx, KycRequest.class);
        var command = new SubmitKyc.Command(claims.subject(), new KycDocuments(body.documentType(), body.documentNumber()));
        Reply reply = switch (submitKyc.submit(command)) {
            case SubmitKyc.Result.Submitted submitted ->
                    Reply.json(202, new SubmittedBody(submitted.reference(), submitted.status().name()));
            case SubmitKyc.Result.Refused refused -> Reply.problem(
                    Problem.of(409, refused.reason().code(), "KYC cannot be submitted now.").withKycStatus(refused.current().name()));
            case SubmitKyc.Result.NotFound notFound -> Reply.problem(404, ProblemCode.USER_NOT_FOUND, "There is no such user.");
        };
        edge.reply(ctx, reply);
    }

    /** The signature covers the raw bytes, so it is checked before the body is parsed at all. */
    public void callback(Context ctx) {
        edge.requireJson(ctx);
        byte[] raw = edge.rawBody(ctx);
        if (!signatureMatches(ctx.header(SIGNATURE_HEADER), raw)) {
            throw new ProblemException(Problem.of(401, ProblemCode.SIGNATURE_INVALID, "The callback signature does not match."));
        }
        CallbackRequest body = edge.body(ctx, CallbackRequest.class);
        decide(ctx, new RecordKycDecision.Command(body.reference(), "VERIFIED".equals(body.decision())));
    }

    public void operatorDecision(Context ctx) {
        guard.admin(ctx);
        String reference = ctx.pathParam("reference");
        if (!REFERENCE.matcher(reference).matches()) {
            throw new ProblemException(Problem.validation("reference", "must be a provider reference"));
        }
        OperatorDecision body = edge.body(ctx, OperatorDecision.class);
        decide(ctx, new RecordKycDecision.Command(reference, body.verified()));
    }

    private void decide(Context ctx, RecordKycDecision.Command command) {
        Reply reply = switch (recordKycDecision.record(command)) {
            case RecordKycDecision.Result.Recorded recorded ->
                    Reply.json(200, new DecisionBody(recorded.status().name(), recorded.tier().name()));
            case RecordKycDecision.Result.Refused refused -> refusedDecision(refused.reason());
            case RecordKycDecision.Result.UnknownReference unknown ->
                    Reply.problem(404, ProblemCode.KYC_REFERENCE_UNKNOWN, "There is no KYC submission with this reference.");
        };
        edge.reply(ctx, reply);
    }

    private static Reply refusedDecision(RecordKycDecision.Refusal reason) {
        return Reply.problem(409, reason.code(), "The decision does not fit the submission's state.");
    }

    private boolean signatureMatches(String header, byte[] raw) {
        if (header == null) {
            return false;
        }
        var matcher = SIGNATURE.matcher(header.trim());
        if (!matcher.matches()) {
            return false;
        }
        byte[] presented = HexFormat.of().parseHex(matcher.group(1));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(callbackKey);
            return MessageDigest.isEqual(mac.doFinal(raw), presented);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
