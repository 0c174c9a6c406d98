package io.coursedesk.invitations.api;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.coursedesk.invitations.request.InvitationAccepted;
import io.coursedesk.invitations.request.InvitationRequest;
import io.coursedesk.invitations.request.RequestCourseInvitation;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

/** {@code POST /courses/{courseId}/invitations}: 202, the mails follow from the dispatch function. */
@ModuleRequired(Module.INVITATIONS)
@Controller("/courses/{courseId}/invitations")
@Secured("PROVIDER_ADMIN")
public class InvitationController {
    private final RequestCourseInvitation requestInvitation;

    public InvitationController(RequestCourseInvitation requestInvitation) {
        this.requestInvitation = requestInvitation;
    }

    @Post
    @Operation(summary = "Invite the course's students or its instructor",
            description = "From templateId, subject and body, or the built-in Dutch invitation; optional cc and base64 "
                    + "attachments of at most 2 MB together. A bulk template sends one mail per organisation contact "
                    + "listing its students. The mails go out from the dispatch function.")
    @ApiResponse(responseCode = "202", description = "Accepted; the mails follow")
    public HttpResponse<InvitationAccepted> request(@Parameter(hidden = true) Caller caller, String courseId,
                                                      @Valid @Body InvitationRequest request) {
        return HttpResponse.accepted().body(requestInvitation.request(caller, courseId, request));
    }
}
