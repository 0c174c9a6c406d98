package io.coursedesk.availability.api;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.coursedesk.availability.invitations.CandidateView;
import io.coursedesk.availability.invitations.ConfirmInstructor;
import io.coursedesk.availability.invitations.ConfirmationRequest;
import io.coursedesk.availability.invitations.CourseGuard;
import io.coursedesk.availability.invitations.InstructorCandidates;
import io.coursedesk.availability.invitations.InstructorInvitation;
import io.coursedesk.availability.invitations.InvitationRepository;
import io.coursedesk.availability.invitations.InvitationRequest;
import io.coursedesk.availability.invitations.InvitationView;
import io.coursedesk.availability.invitations.InviteInstructors;
import io.coursedesk.availability.invitations.ReinviteInstructor;
import io.coursedesk.availability.invitations.SendRejections;
import io.coursedesk.shared.domain.InstructorRole;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.SortKey;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Arrays;
import java.util.List;
import jakarta.validation.Valid;

/** The provider's side of instructor invitations for a course ("instructeurs beheren"). */
@ModuleRequired(Module.INSTRUCTOR_INVITATIONS)
@Controller("/courses/{courseId}")
@Secured("PROVIDER_ADMIN")
public class InvitationController {

    private final InstructorCandidates candidates;
    private final InviteInstructors inviteInstructors;
    private final InvitationRepository invitations;
    private final CourseGuard courses;
    private final ConfirmInstructor confirmInstructor;
    private final ReinviteInstructor reinviteInstructor;
    private final SendRejections sendRejections;
    private final ListCursors cursors;

    public InvitationController(InstructorCandidates candidates, InviteInstructors inviteInstructors,
                                InvitationRepository invitations, CourseGuard courses,
                                ConfirmInstructor confirmInstructor, ReinviteInstructor reinviteInstructor,
                                SendRejections sendRejections, ListCursors cursors) {
        this.candidates = candidates;
        this.inviteInstructors = inviteInstructors;
        this.invitations = invitations;
        this.courses = courses;
        this.confirmInstructor = confirmInstructor;
        this.reinviteInstructor = reinviteInstructor;
        this.sendRejections = sendRejections;
        this.cursors = cursors;
    }

    @Get("/instructor-candidates")
    @Operation(summary = "Instructors who teach the course type, by name, with whether they are booked on its days",
            description = "Paged: next is the cursor of the following page, for this caller and course only.")
    public Page<CandidateView> candidates(@Parameter(hidden = true) Caller caller, String courseId,
                                          @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "instructor-candidates", courseId), page, PagePosition.class,
                (limit, after) -> candidates.page(caller, courseId, limit, after).map(CandidateView::of));
    }

    @Post("/instructor-invitations")
    @Operation(summary = "Ask instructors whether they are available for the course")
    @ApiResponse(responseCode = "201", description = "The invitations; their mails go out through the outbox")
    @ApiResponse(responseCode = "409", description = "The course is cancelled or has started, or an instructor is already invited")
    public HttpResponse<List<InvitationView>> invite(@Parameter(hidden = true) Caller caller, String courseId,
                                                     @Nullable @Body InvitationRequest request) {
        List<InstructorInvitation> invited = inviteInstructors.invite(caller, courseId,
                request == null ? null : request.instructorIds());
        return HttpResponse.created(invited.stream().map(InvitationView::of).toList());
    }

    @Get("/instructor-invitations")
    @Operation(summary = "The course's instructor invitations and their answers, by instructor name",
            description = "Paged: next is the cursor of the following page, for this caller and course only.")
    public Page<InvitationView> list(@Parameter(hidden = true) Caller caller, String courseId,
                                     @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "instructor-invitations", courseId), page, SortKey.class,
                (limit, after) -> {
                    courses.require(caller.tenantId(), courseId);
                    return invitations.pageForCourse(caller.tenantId(), courseId, limit, after).map(InvitationView::of);
                });
    }

    @Post("/instructor-invitations/{instructorId}/confirm")
    @Operation(summary = "Confirm an instructor as lead or second instructor of the course")
    @ApiResponse(responseCode = "200", description = "The confirmed invitation")
    @ApiResponse(responseCode = "409", description = "The role is taken, the instructor is not available, or the course is cancelled or has started")
    public InvitationView confirm(@Parameter(hidden = true) Caller caller, String courseId, String instructorId,
                                  @Nullable @Body ConfirmationRequest request) {
        return InvitationView.of(confirmInstructor.confirm(caller, courseId, instructorId, role(request)));
    }

    @Post("/instructor-invitations/{instructorId}/reinvite")
    @Operation(summary = "Invite an instructor again with new answer links")
    @ApiResponse(responseCode = "200", description = "The invitation of the new round")
    @ApiResponse(responseCode = "409", description = "The instructor is confirmed, or the course is cancelled or has started")
    public InvitationView reinvite(@Parameter(hidden = true) Caller caller, String courseId, String instructorId) {
        return InvitationView.of(reinviteInstructor.reinvite(caller, courseId, instructorId));
    }

    @Post("/instructor-invitations/send-rejections")
    @Operation(summary = "Tell everyone not chosen that the course is covered")
    @ApiResponse(responseCode = "200", description = "The invitations now rejected")
    @ApiResponse(responseCode = "409", description = "No instructor is confirmed yet")
    public List<InvitationView> sendRejections(@Parameter(hidden = true) Caller caller, String courseId) {
        return sendRejections.send(caller, courseId).stream().map(InvitationView::of).toList();
    }

    private static InstructorRole role(ConfirmationRequest request) {
        String role = request == null ? null : request.role();
        return Arrays.stream(InstructorRole.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("role", "must be LEAD or SECOND"));
    }
}
