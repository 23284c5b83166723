package io.finguard.adapters.web;

import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.port.in.CheckDpopProof;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP side of DPoP (RFC 9449): reads the {@code DPoP} header, works out the URL the proof must name (the public
 * base URL when the peer is a trusted proxy, else the request's own), has the {@link CheckDpopProof} use case check it,
 * and answers refusals in the RFC's forms: 400 {@code invalid_dpop_proof} / {@code use_dpop_nonce} (with
 * {@code DPoP-Nonce}) where tokens are issued (section 5, 8), 401 with a {@code WWW-Authenticate: DPoP} challenge where a
 * bound token is used (section 7.1, 9).
 */
public final class Dpop {
    public static final String HEADER = "DPoP";
    public static final String NONCE_HEADER = "DPoP-Nonce";
    static final String ALGS = "algs=\"ES256\"";
    private final CheckDpopProof check;
    private final ClientIps clientIps;
    private final String publicBaseUrl;
    private final boolean required;

    Dpop(CheckDpopProof check, ClientIps clientIps, String publicBaseUrl, boolean required) {
        this.check = check;
        this.clientIps = clientIps;
        this.publicBaseUrl = publicBaseUrl;
        this.required = required;
    }

    /** True when the deployment refuses sessions without a key ({@code FINGUARD_REQUIRE_DPOP}). */
    public boolean required() {
        return required;
    }

    /**
     * The key proven by the request's proof where tokens are issued (verify, submit, step-up, refresh): none without a
     * {@code DPoP} header (refused when DPoP is required), or a 400 for a proof that does not hold.
     */
    public Optional<KeyThumbprint> keyForIssuing(Context ctx) {
        Optional<String> proof = proofOf(ctx, false);
        if (proof.isEmpty()) {
            if (required) {
                throw issuingRefusal(RefusalCode.INVALID_DPOP_PROOF, "A DPoP proof is required.", Optional.empty());
            }
            return Optional.empty();
        }
        return switch (check.check(new CheckDpopProof.Command(proof.get(), ctx.method().name(), requestUrl(ctx), Optional.empty()))) {
            case CheckDpopProof.Result.Proven proven -> Optional.of(proven.key());
            case CheckDpopProof.Result.Refused refused ->
                    throw issuingRefusal(RefusalCode.INVALID_DPOP_PROOF, "The DPoP proof is not valid: " + refused.why() + ".", Optional.empty());
            case CheckDpopProof.Result.NonceRequired nonce ->
                    throw issuingRefusal(RefusalCode.USE_DPOP_NONCE, "Use the server's DPoP nonce: " + nonce.why() + ".",
                            Optional.of(nonce.nonce()));
        };
    }

    /** Where a token bound to {@code key} is used: a proof by that key, for this request, carrying the token's hash. */
    void requireProofFor(Context ctx, String accessToken, KeyThumbprint key) {
        Optional<String> proof = proofOf(ctx, true);
        if (proof.isEmpty()) {
            throw resourceRefusal(RefusalCode.INVALID_DPOP_PROOF, "A DPoP proof is required with a DPoP-bound token.", Optional.empty());
        }
        var command = new CheckDpopProof.Command(proof.get(), ctx.method().name(), requestUrl(ctx), Optional.of(accessToken));
        switch (check.check(command)) {
            case CheckDpopProof.Result.Proven proven -> {
                if (!proven.key().equals(key)) {
                    throw resourceRefusal(RefusalCode.INVALID_DPOP_PROOF, "The DPoP proof is by another key than the token's.",
                            Optional.empty());
                }
            }
            case CheckDpopProof.Result.Refused refused -> throw resourceRefusal(RefusalCode.INVALID_DPOP_PROOF,
                    "The DPoP proof is not valid: " + refused.why() + ".", Optional.empty());
            case CheckDpopProof.Result.NonceRequired nonce -> throw resourceRefusal(RefusalCode.USE_DPOP_NONCE,
                    "Use the server's DPoP nonce: " + nonce.why() + ".", Optional.of(nonce.nonce()));
        }
    }

    /** The one {@code DPoP} header, if any; more than one is a malformed request (RFC 9449 section 4.3 point 1). */
    private Optional<String> proofOf(Context ctx, boolean resource) {
        List<String> headers = Collections.list(ctx.req().getHeaders(HEADER));
        if (headers.size() > 1) {
            String detail = "Send exactly one DPoP header.";
            throw resource ? resourceRefusal(RefusalCode.INVALID_DPOP_PROOF, detail, Optional.empty())
                    : issuingRefusal(RefusalCode.INVALID_DPOP_PROOF, detail, Optional.empty());
        }
        return headers.stream().findFirst().map(String::trim);
    }

    /** Behind a trusted proxy the client addressed the public base URL; otherwise this server's URL as requested. */
    private String requestUrl(Context ctx) {
        if (clientIps.isTrustedPeer(ctx.req().getRemoteAddr())) {
            return publicBaseUrl + ctx.path();
        }
        return ctx.req().getRequestURL().toString();
    }

    private static ProblemException issuingRefusal(RefusalCode code, String detail, Optional<String> nonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        nonce.ifPresent(n -> headers.put(NONCE_HEADER, n));
        return new ProblemException(Problem.of(400, code.code(), detail), headers);
    }

    static ProblemException resourceRefusal(RefusalCode code, String detail, Optional<String> nonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("WWW-Authenticate", "DPoP " + ALGS + ", error=\"" + code.code() + "\", error_description=\""
                + detail.replace("\"", "'") + "\"");
        nonce.ifPresent(n -> headers.put(NONCE_HEADER, n));
        return new ProblemException(Problem.of(401, code.code(), detail), headers);
    }

    /** The challenge for a token presented in the wrong scheme, or an unbound one where DPoP is required. */
    static ProblemException invalidToken(String detail) {
        return new ProblemException(Problem.of(401, ProblemCode.INVALID_TOKEN, detail), Map.of("WWW-Authenticate",
                "DPoP " + ALGS + ", error=\"invalid_token\", error_description=\"" + detail.replace("\"", "'") + "\""));
    }
}
