package io.finguard.adapters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors of one request body, so a client learns every bad member at once. */
final class Checks {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** Required string of {@code min}-{@code max} characters (code points). */
    Checks text(String field, String value, int min, int max) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else {
            int length = value.codePointCount(0, value.length());
            if (length < min || length > max) {
                errors.add(new Problem.FieldError(field, "must be " + min + "-" + max + " characters"));
            }
        }
        return this;
    }

    Checks optionalText(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    /** Required string matching {@code pattern}; {@code expected} says what is accepted. */
    Checks matches(String field, String value, Pattern pattern, String expected) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (!pattern.matcher(value).matches()) {
            errors.add(new Problem.FieldError(field, "must be " + expected));
        }
        return this;
    }

    Checks optionalMatches(String field, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new Problem.FieldError(field, "must be " + expected));
        }
        return this;
    }

    Checks present(String field, Object value) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        }
        return this;
    }

    Checks that(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    /** Throws a 400 validation_failed listing every error, if there is any. */
    void orFail() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "validation_failed", "The request is not valid.").withErrors(errors));
        }
    }
}
