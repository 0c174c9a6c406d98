package io.coursedesk.shared.http.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns a use case's {@link ProblemException} into its problem+json response. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        Problem body = new Problem("about:blank", exception.title(), exception.status().getCode(),
                exception.getMessage(), request.getPath(), exception.errors());
        return HttpResponse.<Problem>status(exception.status()).body(body).contentType(Problem.MEDIA_TYPE);
    }
}
