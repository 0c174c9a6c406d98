package io.coursedesk.enrolment.api;

import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.SortKey;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.enrolment.CancelEnrolment;
import io.coursedesk.enrolment.enrolment.Enrol;
import io.coursedesk.enrolment.enrolment.EnrolRequest;
import io.coursedesk.enrolment.enrolment.RecordResult;
import io.coursedesk.enrolment.enrolment.ReplaceParticipant;
import io.coursedesk.enrolment.enrolment.ReplaceRequest;
import io.coursedesk.enrolment.enrolment.ResultRequest;
import io.coursedesk.enrolment.enrolment.Roster;
import io.coursedesk.enrolment.enrolment.RosterEntry;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.enrolment.enrolment.OrganisationLinkRequest;
import io.coursedesk.enrolment.enrolment.LinkParticipantToOrganisation;

@Controller("/courses/{courseId}/enrolments")
@Tag(name = "Enrolments")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class EnrolmentController {
    private final Enrol enrol;
    private final Roster roster;
    private final CancelEnrolment cancelEnrolment;
    private final ReplaceParticipant replaceParticipant;
    private final RecordResult recordResult;
    private final LinkParticipantToOrganisation linkParticipant;
    private final ListCursors cursors;

    public EnrolmentController(Enrol enrol, Roster roster, CancelEnrolment cancelEnrolment,
                               ReplaceParticipant replaceParticipant, RecordResult recordResult,
                               LinkParticipantToOrganisation linkParticipant, ListCursors cursors) {
        this.enrol = enrol;
        this.roster = roster;
        this.cancelEnrolment = cancelEnrolment;
        this.replaceParticipant = replaceParticipant;
        this.recordResult = recordResult;
        this.linkParticipant = linkParticipant;
        this.cursors = cursors;
    }

    @Post
    @Operation(summary = "Enrol a student", description = "201 with status CONFIRMED, or WAITLISTED and a position when the course is full. A student enrols themself; contacts and admins give studentId. payer: SELF or the student's organisation. paymentCode: an unused code of the provider pays; its organisation is the payer (payer may then be left out) and no debit note is issued. organisationCode (optional): an organisation's code links the student to it as candidate, with the enrolment; an unknown code is a 400 naming it.")
    public HttpResponse<EnrolmentView> enrol(@Parameter(hidden = true) Caller caller, String courseId, @Valid @Body EnrolRequest request) {
        return HttpResponse.created(EnrolmentView.of(enrol.enrol(caller, courseId, request)));
    }

    @Get
    @Operation(summary = "The course's roster and waiting list, as far as the caller may see them",
            description = "In enrolment order. Paged: next is the cursor of the following page, for this caller "
                    + "and course only.")
    public Page<RosterEntry> roster(@Parameter(hidden = true) Caller caller, String courseId,
                                    @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "roster", courseId), page, SortKey.class,
                (limit, after) -> roster.page(caller, courseId, limit, after));
    }

    @Post("/{enrolmentId}/cancel")
    @Operation(summary = "Cancel an enrolment before the course starts", description = "A freed seat goes to the first on the waiting list. 409 once the course has started.")
    public EnrolmentView cancel(@Parameter(hidden = true) Caller caller, String courseId, String enrolmentId) {
        return EnrolmentView.of(cancelEnrolment.cancel(caller, courseId, enrolmentId), null);
    }

    @Post("/{enrolmentId}/replace")
    @Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
    @Operation(summary = "Give the place to a colleague before the course starts", description = "409 once the course has started.")
    public EnrolmentView replace(@Parameter(hidden = true) Caller caller, String courseId, String enrolmentId, @Valid @Body ReplaceRequest request) {
        return EnrolmentView.of(replaceParticipant.replace(caller, courseId, enrolmentId, request), null);
    }

    @Put("/{enrolmentId}/result")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Record present / passed", description = "Passing issues a certificate with the course's expiry date.")
    public EnrolmentView result(@Parameter(hidden = true) Caller caller, String courseId, String enrolmentId, @Body ResultRequest request) {
        return EnrolmentView.of(recordResult.record(caller, courseId, enrolmentId, request), null);
    }

    @Put("/{enrolmentId}/organisation")
    @Secured("PROVIDER_ADMIN")
    @ModuleRequired(Module.CUSTOMERS)
    @Operation(summary = "Link a participant who belongs to no customer yet to one, from within the course",
            description = "Answers the student. A participant of another customer is moved on the student (409 here).")
    public StudentView linkToOrganisation(@Parameter(hidden = true) Caller caller, String courseId, String enrolmentId,
                                          @Valid @Body OrganisationLinkRequest request) {
        return StudentView.of(linkParticipant.link(caller, courseId, enrolmentId, request));
    }
}
