package io.finguard.adapters.web.session;

import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ApiMetrics;
import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.Dpop;
import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.RateLimitReplies;
import io.finguard.adapters.web.Reply;
import io.finguard.adapters.web.RequestBody;
import io.finguard.adapters.web.RequestContext;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.VerifyOtp;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** POST /v1/auth/otp and POST /v1/auth/otp/verify: the single entry (steps 1-4 of the flow). */
public final class OtpEndpoints {
    static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    public static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private final RequestOtp requestOtp;
    private final VerifyOtp verifyOtp;
    private final Edge edge;
    private final LoginReplies logins;
    private final ApiMetrics metrics;
    private final RateLimitReplies limits;
    private final Dpop dpop;

    public OtpEndpoints(RequestOtp requestOtp, VerifyOtp verifyOtp, Edge edge, LoginReplies logins, ApiMetrics metrics,
                        RateLimitReplies limits, Dpop dpop) {
        this.dpop = dpop;
        this.requestOtp = requestOtp;
        this.verifyOtp = verifyOtp;
        this.edge = edge;
        this.logins = logins;
        this.metrics = metrics;
        this.limits = limits;
    }

    record OtpRequest(String phone, String region) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("phone", phone, 1, 32).optionalMatches("region", region, REGION, "an ISO 3166 alpha-2 code");
        }
    }

    record OtpVerification(String challengeId, String code, String deviceId) implements RequestBody {
        @Override
        public void check(Checks checks) {
            checks.text("challengeId", challengeId, 1, 64).text("code", code, 1, 16)
                    .optionalMatches("deviceId", deviceId, DEVICE, "1-64 characters of [A-Za-z0-9._:-]");
        }
    }

    /** Identical answers for registered and unknown numbers: the result carries no registration status. */
    record ChallengeBody(String challengeId, long expiresIn, long resendAfter) {
    }

    public void request(Context ctx) {
        OtpRequest body = edge.body(ctx, OtpRequest.class);
        var result = requestOtp.request(new RequestOtp.Command(body.phone(), Optional.ofNullable(body.region()),
                RequestContext.client(ctx)));
        Reply reply = switch (result) {
            case RequestOtp.Result.Sent sent -> {
                metrics.otpSend("sent");
                yield Reply.json(202, new ChallengeBody(sent.challenge().toString(), sent.expiresIn().toSeconds(),
                        sent.resendAfter().toSeconds()));
            }
            case RequestOtp.Result.InvalidPhone invalid -> {
                metrics.otpSend("invalid_phone");
                yield Reply.problem(Problem.of(400, invalid.problem().code(), "The phone number is not accepted.")
                        .withErrors(List.of(new Problem.FieldError("phone", invalid.problem().code()))));
            }
            case RequestOtp.Result.Throttled throttled -> {
                metrics.otpSend("throttled");
                yield limits.throttled(throttled.limit(), throttled.retryAfter());
            }
        };
        edge.reply(ctx, reply);
    }

    public void verify(Context ctx) {
        var key = dpop.keyForIssuing(ctx);
        OtpVerification body = edge.body(ctx, OtpVerification.class);
        Optional<DeviceId> device = Optional.ofNullable(body.deviceId()).map(DeviceId::new);
        var result = verifyOtp.verify(new VerifyOtp.Command(body.challengeId(), body.code(), RequestContext.client(ctx), device, key));
        Reply reply = switch (result) {
            case VerifyOtp.Result.Proven proven -> logins.reply(200, proven.login());
            case VerifyOtp.Result.WrongCode wrong ->
                    Reply.problem(Problem.of(401, ProblemCode.OTP_INVALID, "The code is not correct.").withAttemptsLeft(wrong.attemptsLeft()));
            case VerifyOtp.Result.Refused refused -> Reply.problem(refusal(refused.reason()));
            case VerifyOtp.Result.UnknownChallenge unknown -> Reply.problem(404, ProblemCode.OTP_UNKNOWN, "There is no such challenge.");
            case VerifyOtp.Result.Throttled throttled -> limits.throttled(throttled.limit(), throttled.retryAfter());
        };
        edge.reply(ctx, reply);
    }

    /** Every refusal of a verification means the challenge can no longer be used: it is gone (410). */
    private static Problem refusal(VerifyOtp.Refusal reason) {
        return Problem.of(410, reason.code(), "The challenge cannot be used: request a new code.");
    }
}
