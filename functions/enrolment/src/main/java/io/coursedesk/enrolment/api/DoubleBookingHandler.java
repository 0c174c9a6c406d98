package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.course.DoubleBookingException;
import io.coursedesk.shared.http.problem.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 409 listing the instructors' other courses, so the admin can decide to send it again with the override. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class DoubleBookingHandler implements ExceptionHandler<DoubleBookingException, HttpResponse<DoubleBookingProblem>> {

    @Override
    public HttpResponse<DoubleBookingProblem> handle(HttpRequest request, DoubleBookingException exception) {
        DoubleBookingProblem body = new DoubleBookingProblem("about:blank", "Instructor double-booked",
                HttpStatus.CONFLICT.getCode(), exception.getMessage()
                + " Send the course again with overrideDoubleBooking: true to book anyway.",
                request.getPath(), exception.conflicts());
        return HttpResponse.<DoubleBookingProblem>status(HttpStatus.CONFLICT).body(body).contentType(Problem.MEDIA_TYPE);
    }
}
