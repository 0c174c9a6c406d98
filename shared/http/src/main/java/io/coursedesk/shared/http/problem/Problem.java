package io.coursedesk.shared.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} is this API's extension member listing each invalid
 * field, so a client can show every mistake at once.
 */
@Introspected
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
