package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.invitations.ActivationPage;
import io.coursedesk.enrolment.invitations.ActivationPage.Rendered;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The page behind a student invitation mail's link. Anyone holding the link may open it (the signed token is the
 * credential); it only shows how to activate the invitation, which takes the signed-in student's
 * {@code POST /student-invitations/accept}.
 */
@Controller("/student-invitation-links")
@Tag(name = "Student invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ActivationPageController {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final ActivationPage page;

    public ActivationPageController(ActivationPage page) {
        this.page = page;
    }

    @Get(value = "/{token}", produces = HTML)
    @Operation(summary = "The invitation link's page: how to activate it, or why the link no longer works")
    @ApiResponse(responseCode = "200", description = "The link works: sign in, then activate with its code")
    @ApiResponse(responseCode = "404", description = "Not a genuine link")
    @ApiResponse(responseCode = "409", description = "Already activated")
    @ApiResponse(responseCode = "410", description = "Expired, revoked or replaced by a newer mail")
    public HttpResponse<String> show(String token) {
        Rendered rendered = page.render(token);
        return HttpResponse.<String>status(HttpStatus.valueOf(rendered.status())).body(rendered.html())
                .contentType(HTML);
    }
}
