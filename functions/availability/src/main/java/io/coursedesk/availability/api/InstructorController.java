package io.coursedesk.availability.api;

import io.coursedesk.availability.instructors.EditInstructor;
import io.coursedesk.availability.instructors.InstructorRequest;
import io.coursedesk.availability.instructors.InstructorView;
import io.coursedesk.availability.instructors.RegisterInstructor;
import io.coursedesk.availability.instructors.RemoveInstructor;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

/** The provider's instructors. */
@Controller("/instructors")
@Secured("PROVIDER_ADMIN")
public class InstructorController {

    private final RegisterInstructor registerInstructor;
    private final EditInstructor editInstructor;
    private final RemoveInstructor removeInstructor;
    private final InstructorRepository instructors;
    private final ListCursors cursors;

    public InstructorController(RegisterInstructor registerInstructor, EditInstructor editInstructor,
                                RemoveInstructor removeInstructor, InstructorRepository instructors,
                                ListCursors cursors) {
        this.registerInstructor = registerInstructor;
        this.editInstructor = editInstructor;
        this.removeInstructor = removeInstructor;
        this.instructors = instructors;
        this.cursors = cursors;
    }

    @Post
    @Operation(summary = "Register an instructor")
    @ApiResponse(responseCode = "201", description = "The instructor")
    public HttpResponse<InstructorView> register(@Parameter(hidden = true) Caller caller,
                                                 @Valid @Body InstructorRequest request) {
        return HttpResponse.created(InstructorView.of(registerInstructor.register(caller, request)));
    }

    @Get
    @Operation(summary = "The provider's instructors, by name",
            description = "Paged: next is the cursor of the following page, for this caller only.")
    public Page<InstructorView> list(@Parameter(hidden = true) Caller caller, @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "instructors"), page, PagePosition.class,
                (limit, after) -> instructors.page(caller.tenantId(), instructor -> true, limit, after)
                        .map(InstructorView::of));
    }

    @Put("/{instructorId}")
    @Operation(summary = "Replace an instructor's name, email, course types and kind")
    public InstructorView edit(@Parameter(hidden = true) Caller caller, String instructorId,
                               @Valid @Body InstructorRequest request) {
        return InstructorView.of(editInstructor.edit(caller, instructorId, request));
    }

    @Delete("/{instructorId}")
    @Operation(summary = "Remove an instructor who teaches no course that has not ended and has no open invitation")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", description = "Still assigned to a course that has not ended, or invited")
    public HttpResponse<Void> remove(@Parameter(hidden = true) Caller caller, String instructorId) {
        removeInstructor.remove(caller, instructorId);
        return HttpResponse.noContent();
    }
}
