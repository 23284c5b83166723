package io.finguard.adapters.web;

import io.finguard.domain.model.TextRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors of one request body, so a client learns every bad member at once. */
public final class Checks {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** Required text kept to the domain's one {@link TextRule} (length in code points, plain, not blank). */
    public Checks text(String field, String value, TextRule rule) {
        rule.violation(value).ifPresent(why -> errors.add(new Problem.FieldError(field, why)));
        return this;
    }

    /** Text that may be left out; when present it keeps the rule. */
    public Checks optionalText(String field, String value, TextRule rule) {
        return value == null ? this : text(field, value, rule);
    }

    /** Required text of {@code min}-{@code max} code points (the same rule, for values the domain gives no rule of its own). */
    public Checks text(String field, String value, int min, int max) {
        return text(field, value, new TextRule(min, max));
    }

    public Checks optionalText(String field, String value, int max) {
        return optionalText(field, value, new TextRule(0, max));
    }

    /** Required string matching {@code pattern}; {@code expected} says what is accepted. */
    public Checks matches(String field, String value, Pattern pattern, String expected) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (!pattern.matcher(value).matches()) {
            errors.add(new Problem.FieldError(field, "must be " + expected));
        }
        return this;
    }

    public Checks optionalMatches(String field, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new Problem.FieldError(field, "must be " + expected));
        }
        return this;
    }

    public Checks present(String field, Object value) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        }
        return this;
    }

    public Checks that(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    /** Throws a 400 validation_failed listing every error, if there is any. */
    void orFail() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, ProblemCode.VALIDATION_FAILED, "The request is not valid.").withErrors(errors));
        }
    }
}
