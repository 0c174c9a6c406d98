package io.coursedesk.invitations.request;

import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;

/** {@code POST /courses/{courseId}/invitations}: 202, the mails follow from the dispatch function. */
@Controller("/courses/{courseId}/invitations")
@Secured("PROVIDER_ADMIN")
public class InvitationController {
    private final RequestCourseInvitation requestInvitation;

    public InvitationController(RequestCourseInvitation requestInvitation) {
        this.requestInvitation = requestInvitation;
    }

    @Post
    public HttpResponse<InvitationAccepted> request(Caller caller, String courseId, @Body InvitationRequest request) {
        return HttpResponse.accepted().body(requestInvitation.request(caller, courseId, request));
    }
}
