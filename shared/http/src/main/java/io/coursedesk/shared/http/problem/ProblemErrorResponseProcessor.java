package io.coursedesk.shared.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives the framework's own refusals (unknown route, malformed JSON, wrong types, failed bean validation,
 * missing token, wrong role) the same problem+json shape as the use cases' refusals, naming the field
 * wherever the framework knows it.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        List<FieldError> errors = fieldErrors(context);
        String detail = errors.isEmpty() && context.hasErrors() ? context.getErrors().get(0).getMessage() : null;
        if (status == HttpStatus.BAD_REQUEST && detail == null) {
            detail = "The request has " + errors.size() + " invalid field(s).";
        }
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), errors);
        return base.body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private static List<FieldError> fieldErrors(ErrorContext context) {
        Optional<JsonProcessingException> json = jsonCause(context.getRootCause().orElse(null));
        if (json.isPresent()) {
            return List.of(fromJson(json.get()));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(path -> errors.add(new FieldError(fieldName(path), error.getMessage())));
        }
        return errors;
    }

    private static FieldError fromJson(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            return new FieldError(field.toString(), mapping instanceof UnrecognizedPropertyException
                    ? "is not a field of this request" : "has a value of the wrong type or format");
        }
        return new FieldError("body", "is not valid JSON: " + exception.getOriginalMessage());
    }

    private static Optional<JsonProcessingException> jsonCause(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return Optional.of(json);
            }
        }
        return Optional.empty();
    }

    /**
     * Bean validation reports {@code method.argument.field.sub}; the client knows only the part after the
     * argument, or the argument itself for a path or query parameter. A query parameter of a request bean (the
     * lists' {@code limit}) that cannot be converted comes as a JSON pointer ({@code /limit}).
     */
    static String fieldName(String path) {
        if (path.startsWith("/")) {
            return path.substring(1).replace('/', '.');
        }
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
