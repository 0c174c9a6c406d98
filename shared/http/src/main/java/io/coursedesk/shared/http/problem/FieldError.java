package io.coursedesk.shared.http.problem;

/**
 * One invalid field of a request.
 *
 * @param field  where the field is in the request body (JSON path, e.g. {@code days[1].endTime}),
 *               or the name of the path or query parameter
 * @param detail what is wrong with it, for the person who sent the request
 */
public record FieldError(String field, String detail) {
}
