package io.finguard.adapters.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer: a JSON body, a problem, or nothing. Handlers build one per result variant and write it. */
public sealed interface Reply {

    String PROBLEM_JSON = "application/problem+json";
    String JSON = "application/json";

    record Json(int status, Object body, Map<String, String> headers) implements Reply {
    }

    record ProblemReply(Problem problem, Map<String, String> headers) implements Reply {
    }

    record NoContent() implements Reply {
    }

    static Reply json(int status, Object body) {
        return new Json(status, body, Map.of());
    }

    static Reply json(int status, Object body, Map<String, String> headers) {
        return new Json(status, body, headers);
    }

    static Reply problem(int status, ProblemCode code, String detail) {
        return problem(status, code.code(), detail);
    }

    static Reply problem(int status, String code, String detail) {
        return new ProblemReply(Problem.of(status, code, detail), Map.of());
    }

    static Reply problem(Problem problem) {
        return new ProblemReply(problem, Map.of());
    }

    static Reply problem(Problem problem, Map<String, String> headers) {
        return new ProblemReply(problem, headers);
    }

    static Reply noContent() {
        return new NoContent();
    }

    /** A problem with {@code Retry-After} in whole seconds, rounded up and at least 1. */
    static Reply retryLater(Problem problem, Duration retryAfter) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString(retrySeconds(retryAfter)));
        return new ProblemReply(problem, headers);
    }

    static long retrySeconds(Duration retryAfter) {
        long millis = Math.max(0, retryAfter.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }

    default void writeTo(Context ctx, JsonCodec codec) {
        switch (this) {
            case Json json -> {
                json.headers().forEach(ctx::header);
                ctx.status(json.status()).contentType(JSON).result(codec.write(json.body()));
            }
            case ProblemReply reply -> {
                reply.headers().forEach(ctx::header);
                Problem problem = reply.problem().withRequestId(RequestContext.requestId(ctx));
                ctx.status(problem.status()).contentType(PROBLEM_JSON).result(codec.write(problem));
            }
            case NoContent none -> ctx.status(204).result(new byte[0]);
        }
    }
}
