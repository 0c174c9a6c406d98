package io.coursedesk.shared.http.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every invalid field of a request before refusing it, so the client learns all its mistakes in
 * one response instead of one per attempt.
 */
public final class InvalidFields {
    private final List<FieldError> errors = new ArrayList<>();

    /** Records {@code detail} for {@code field} unless {@code valid}; returns {@code valid} for chaining checks. */
    public boolean check(boolean valid, String field, String detail) {
        if (!valid) {
            errors.add(new FieldError(field, detail));
        }
        return valid;
    }

    public boolean required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "is required");
    }

    /**
     * The text as a calendar day ({@code yyyy-MM-dd}, a real one: a pattern lets 2025-02-30 through); null when it is
     * blank, or when it is no day, and then the field is recorded.
     */
    public LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(field, "must be a date yyyy-MM-dd");
            return null;
        }
    }

    public void add(String field, String detail) {
        errors.add(new FieldError(field, detail));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 400 problem naming every collected field, if there are any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
