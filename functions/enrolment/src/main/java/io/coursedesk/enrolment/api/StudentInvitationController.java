package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.invitations.AcceptInvitation;
import io.coursedesk.enrolment.invitations.AcceptRequest;
import io.coursedesk.enrolment.invitations.ContactInvitations;
import io.coursedesk.enrolment.invitations.InvitationRequest;
import io.coursedesk.enrolment.invitations.InvitationStatus;
import io.coursedesk.enrolment.invitations.RevokeRequest;
import io.coursedesk.enrolment.invitations.StudentInvitations;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/** An organisation contact's student invitations (manual 000), and their activation by the invited student. */
@Controller("/student-invitations")
@Tag(name = "Student invitations")
@Secured("ORGANISATION_CONTACT")
public class StudentInvitationController {
    private final ContactInvitations contactInvitations;
    private final AcceptInvitation acceptInvitation;
    private final StudentInvitations invitations;
    private final ListCursors cursors;

    public StudentInvitationController(ContactInvitations contactInvitations, AcceptInvitation acceptInvitation,
                                       StudentInvitations invitations, ListCursors cursors) {
        this.contactInvitations = contactInvitations;
        this.acceptInvitation = acceptInvitation;
        this.invitations = invitations;
        this.cursors = cursors;
    }

    @Post
    @Operation(summary = "Invite a student on one of the organisation's free licence seats",
            description = "The invitee is mailed an activation link with the free message.")
    @ApiResponse(responseCode = "201", description = "Invited; the invitation holds a seat while open")
    @ApiResponse(responseCode = "409", description = "Every licence seat is in use")
    public HttpResponse<StudentInvitationView> invite(@Parameter(hidden = true) Caller caller,
                                                      @Valid @Body InvitationRequest request) {
        return HttpResponse.created(StudentInvitationView.of(contactInvitations.invite(caller, request)));
    }

    @Get
    @Operation(summary = "The organisation's student invitations, oldest first (optionally of one status)",
            description = "Paged: next is the cursor of the following page, for this caller only.")
    public Page<StudentInvitationView> list(@Parameter(hidden = true) Caller caller,
                                            @Nullable @QueryValue @Pattern(regexp = "OPEN|ACCEPTED|REVOKED",
                                                    message = "must be OPEN, ACCEPTED or REVOKED") String status,
                                            @Valid @RequestBean PageRequest page) {
        InvitationStatus only = status == null ? null : InvitationStatus.valueOf(status);
        return cursors.page(CursorScope.of(caller, "student-invitations", status == null ? "" : status), page,
                PagePosition.class, (limit, after) -> invitations.page(caller.tenantId(), caller.organisationId(),
                        only, limit, after).map(StudentInvitationView::of));
    }

    @Get("/{studentInvitationId}")
    @Operation(summary = "One student invitation of the organisation")
    public StudentInvitationView get(@Parameter(hidden = true) Caller caller, String studentInvitationId) {
        return StudentInvitationView.of(contactInvitations.find(caller, studentInvitationId));
    }

    @Put("/{studentInvitationId}")
    @Operation(summary = "Change an open invitation's details and send it again",
            description = "The links of earlier mails stop working.")
    @ApiResponse(responseCode = "409", description = "The invitation is no longer open")
    public StudentInvitationView change(@Parameter(hidden = true) Caller caller, String studentInvitationId,
                                        @Valid @Body InvitationRequest request) {
        return StudentInvitationView.of(contactInvitations.change(caller, studentInvitationId, request));
    }

    @Post("/{studentInvitationId}/resend")
    @Operation(summary = "Send an open invitation again", description = "The links of earlier mails stop working.")
    @ApiResponse(responseCode = "409", description = "The invitation is no longer open")
    public StudentInvitationView resend(@Parameter(hidden = true) Caller caller, String studentInvitationId) {
        return StudentInvitationView.of(contactInvitations.resend(caller, studentInvitationId));
    }

    @Post("/{studentInvitationId}/revoke")
    @Operation(summary = "Revoke an open invitation, freeing its seat; the invitee is mailed only with notify")
    @ApiResponse(responseCode = "409", description = "The invitation is no longer open")
    public StudentInvitationView revoke(@Parameter(hidden = true) Caller caller, String studentInvitationId,
                                        @Valid @Body RevokeRequest request) {
        return StudentInvitationView.of(contactInvitations.revoke(caller, studentInvitationId, request.getNotify()));
    }

    @Post("/accept")
    @Secured("STUDENT")
    @Operation(summary = "Activate an invitation with its mail's token: the signed-in student joins the organisation")
    @ApiResponse(responseCode = "400", description = "The token is not an invitation link of this provider")
    @ApiResponse(responseCode = "409", description = "The invitation has already been activated")
    @ApiResponse(responseCode = "410", description = "The link has expired, was revoked or replaced by a newer mail")
    public StudentInvitationView accept(@Parameter(hidden = true) Caller caller, @Valid @Body AcceptRequest request) {
        return StudentInvitationView.of(acceptInvitation.accept(caller, request.token()));
    }
}
