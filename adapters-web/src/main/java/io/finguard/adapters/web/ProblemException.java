package io.finguard.adapters.web;

import java.util.Map;

/**
 * Stops a request at the edge (bad input, missing credential) with a problem answer. Business outcomes
 * never travel this way: they are result variants mapped by their handler.
 */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.code(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    Reply reply() {
        return Reply.problem(problem, headers);
    }
}
