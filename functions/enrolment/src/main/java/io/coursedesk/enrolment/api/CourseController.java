package io.coursedesk.enrolment.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.course.CancelCourse;
import io.coursedesk.enrolment.course.CourseRequest;
import io.coursedesk.enrolment.course.CreateCourse;
import io.coursedesk.enrolment.course.UpdateCourse;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/courses")
@Tag(name = "Courses")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CourseController {
    private final CreateCourse createCourse;
    private final UpdateCourse updateCourse;
    private final CancelCourse cancelCourse;
    private final CourseRepository courses;
    private final ListCursors cursors;

    public CourseController(CreateCourse createCourse, UpdateCourse updateCourse, CancelCourse cancelCourse,
                            CourseRepository courses, ListCursors cursors) {
        this.createCourse = createCourse;
        this.updateCourse = updateCourse;
        this.cancelCourse = cancelCourse;
        this.courses = courses;
        this.cursors = cursors;
    }

    @Post
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Create a course", description = "409 with the conflicts when an instructor is already booked on a course day, unless overrideDoubleBooking is true.")
    public HttpResponse<CourseView> create(@Parameter(hidden = true) Caller caller, @Valid @Body CourseRequest request) {
        return HttpResponse.created(CourseView.of(createCourse.create(caller, request)));
    }

    @Get
    @Operation(summary = "The provider's courses, by first day",
            description = "Students and contacts see open courses only, without internal remarks and instructors. "
                    + "Paged: next is the cursor of the following page, for this caller only.")
    public Page<CourseView> list(@Parameter(hidden = true) Caller caller, @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "courses"), page, PagePosition.class, (limit, after) -> courses
                .page(caller.tenantId(), course -> caller.isProviderAdmin() || course.isOpen(), limit, after)
                .map(course -> CourseView.of(course, caller)));
    }

    @Get("/{courseId}")
    @Operation(summary = "One course")
    public CourseView get(@Parameter(hidden = true) Caller caller, String courseId) {
        return courses.find(caller.tenantId(), courseId)
                .filter(course -> caller.isProviderAdmin() || course.isOpen())
                .map(course -> CourseView.of(course, caller))
                .orElseThrow(() -> ProblemException.notFound("Course " + courseId));
    }

    @Put("/{courseId}")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Replace a course's details", description = "Raising maxParticipants promotes the waiting list.")
    public CourseView update(@Parameter(hidden = true) Caller caller, String courseId, @Valid @Body CourseRequest request) {
        return CourseView.of(updateCourse.update(caller, courseId, request));
    }

    @Post("/{courseId}/cancel")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Cancel a course that has not started")
    public CourseView cancel(@Parameter(hidden = true) Caller caller, String courseId) {
        return CourseView.of(cancelCourse.cancel(caller, courseId));
    }
}
