package io.coursedesk.shared.http.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A use case refusing a request; turned into an {@code application/problem+json} response. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 400: the request names fields that are missing or wrong; nothing was written. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request has " + errors.size() + " invalid field(s).", errors);
    }

    public static ProblemException invalid(String field, String detail) {
        return invalid(List.of(new FieldError(field, detail)));
    }

    /** 404: unknown, or belonging to someone the caller may not see (which must look the same). */
    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "Not found", what + " was not found.", List.of());
    }

    /** 409: the request is valid but the current state does not allow it. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    /** 409 naming the field whose value the current state does not allow. */
    public static ProblemException conflict(String detail, String field, String fieldDetail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail, List.of(new FieldError(field, fieldDetail)));
    }

    /** 403: the caller is known and may see the resource, but not do this with it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
