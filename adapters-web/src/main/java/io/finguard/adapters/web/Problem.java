package io.finguard.adapters.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.finguard.adapters.web.signup.SignupBody;
import io.finguard.adapters.web.txauth.AuthorizationBody;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem with a stable machine {@code code}. Optional members are left out when null.
 * {@code requestId} is filled in when the problem is written.
 */
public record Problem(String type, String title, int status, String detail, String code, String requestId,
                      List<FieldError> errors, Integer attemptsLeft, String limit, SignupBody signup, String kycStatus,
                      @JsonUnwrapped AuthorizationBody authorization) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** One rejected input member: its JSON path and why. */
    public record FieldError(String field, String message) {
    }

    /** A problem with one of the edge's own codes. */
    public static Problem of(int status, ProblemCode code, String detail) {
        return of(status, code.code(), detail);
    }

    /** A problem with a domain refusal's code ({@code refusal.code()}, spelled in RefusalCode). */
    public static Problem of(int status, String code, String detail) {
        return new Problem("urn:finguard:problem:" + code, title(status), status, detail, code, null, null, null, null,
                null, null, null);
    }

    public static Problem validation(String field, String message) {
        return of(400, ProblemCode.VALIDATION_FAILED, "The request is not valid.").withErrors(List.of(new FieldError(field, message)));
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, requestId, fieldErrors, attemptsLeft, limit, signup, kycStatus, authorization);
    }

    public Problem withAttemptsLeft(int left) {
        return new Problem(type, title, status, detail, code, requestId, errors, left, limit, signup, kycStatus, authorization);
    }

    public Problem withLimit(String limitName) {
        return new Problem(type, title, status, detail, code, requestId, errors, attemptsLeft, limitName, signup, kycStatus, authorization);
    }

    public Problem withSignup(SignupBody state) {
        return new Problem(type, title, status, detail, code, requestId, errors, attemptsLeft, limit, state, kycStatus, authorization);
    }

    public Problem withKycStatus(String status) {
        return new Problem(type, title, this.status, detail, code, requestId, errors, attemptsLeft, limit, signup, status, authorization);
    }

    /** The payment authorisation to confirm (sca_required), its members beside the problem's own. */
    public Problem withAuthorization(AuthorizationBody body) {
        return new Problem(type, title, status, detail, code, requestId, errors, attemptsLeft, limit, signup, kycStatus, body);
    }

    Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, code, id, errors, attemptsLeft, limit, signup, kycStatus, authorization);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            case 500 -> "Internal Server Error";
            default -> "HTTP " + status;
        };
    }
}
