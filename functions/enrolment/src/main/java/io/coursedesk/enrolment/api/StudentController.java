package io.coursedesk.enrolment.api;

import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.enrolment.CompletedCourses;
import io.coursedesk.enrolment.people.CreateStudent;
import io.coursedesk.enrolment.people.StudentRequest;
import io.coursedesk.enrolment.people.RemoveStudent;
import io.coursedesk.enrolment.people.UpdateStudent;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import jakarta.validation.Valid;

@Controller("/students")
@Tag(name = "Students")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class StudentController {
    private final CreateStudent createStudent;
    private final UpdateStudent updateStudent;
    private final RemoveStudent removeStudent;
    private final ListCursors cursors;
    private final StudentRepository students;
    private final CompletedCourses completedCourses;

    public StudentController(CreateStudent createStudent, UpdateStudent updateStudent, RemoveStudent removeStudent,
                             StudentRepository students, CompletedCourses completedCourses, ListCursors cursors) {
        this.completedCourses = completedCourses;
        this.createStudent = createStudent;
        this.updateStudent = updateStudent;
        this.removeStudent = removeStudent;
        this.students = students;
        this.cursors = cursors;
    }

    @Get
    @Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
    @Operation(summary = "Students by name (a contact sees their organisation's students)",
            description = "Paged: next is the cursor of the following page, for this caller only.")
    public Page<StudentView> list(@Parameter(hidden = true) Caller caller, @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "students"), page, PagePosition.class, (limit, after) -> {
            if (caller.isProviderAdmin()) {
                return students.page(caller.tenantId(), limit, after).map(StudentView::of);
            }
            return caller.organisationId() == null ? new Slice<>(List.of(), null)
                    : students.pageByOrganisation(caller.tenantId(), caller.organisationId(), limit, after)
                    .map(StudentView::of);
        });
    }

    @Post
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Add a student, optionally linked to an organisation")
    public HttpResponse<StudentView> create(@Parameter(hidden = true) Caller caller, @Valid @Body StudentRequest request) {
        return HttpResponse.created(StudentView.of(createStudent.create(caller, request)));
    }

    @Get("/{studentId}")
    @Operation(summary = "One student with their completed courses, results and certificates (admins, the student's organisation contact, the student)")
    public StudentDetailsView get(@Parameter(hidden = true) Caller caller, String studentId) {
        return students.find(caller.tenantId(), studentId)
                .filter(s -> AccessPolicy.canSeeStudent(caller, s.id(), s.organisationId()))
                .map(s -> StudentDetailsView.of(s, completedCourses.of(caller.tenantId(), s.id())))
                .orElseThrow(() -> ProblemException.notFound("Student " + studentId));
    }

    @Put("/{studentId}")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Replace a student's details")
    public StudentView update(@Parameter(hidden = true) Caller caller, String studentId, @Valid @Body StudentRequest request) {
        return StudentView.of(updateStudent.update(caller, studentId, request));
    }

    @Delete("/{studentId}")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Remove a student who has no enrolments or certificates")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", description = "The student has enrolments or certificates (the detail says which)")
    public HttpResponse<Void> remove(@Parameter(hidden = true) Caller caller, String studentId) {
        removeStudent.remove(caller, studentId);
        return HttpResponse.noContent();
    }
}
