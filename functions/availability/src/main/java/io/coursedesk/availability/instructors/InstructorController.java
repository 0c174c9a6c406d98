package io.coursedesk.availability.instructors;

import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import java.util.List;

/** The provider's instructors. */
@Controller("/instructors")
@Secured("PROVIDER_ADMIN")
public class InstructorController {

    private final RegisterInstructor registerInstructor;
    private final InstructorRepository instructors;

    public InstructorController(RegisterInstructor registerInstructor, InstructorRepository instructors) {
        this.registerInstructor = registerInstructor;
        this.instructors = instructors;
    }

    @Post
    @Operation(summary = "Register an instructor")
    @ApiResponse(responseCode = "201", description = "The instructor")
    public HttpResponse<InstructorView> register(@Parameter(hidden = true) Caller caller,
                                                 @Nullable @Body NewInstructor request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        return HttpResponse.created(InstructorView.of(registerInstructor.register(caller, request)));
    }

    @Get
    @Operation(summary = "The provider's instructors")
    public List<InstructorView> list(@Parameter(hidden = true) Caller caller) {
        return instructors.list(caller.tenantId()).stream().map(InstructorView::of).toList();
    }
}
