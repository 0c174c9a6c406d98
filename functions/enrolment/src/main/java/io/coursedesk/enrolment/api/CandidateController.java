package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.candidate.CandidateLinks;
import io.coursedesk.enrolment.candidate.OrganisationCodeRequest;
import io.coursedesk.enrolment.candidate.SetOrganisationCode;
import io.coursedesk.shared.domain.CandidateFilter;
import io.coursedesk.shared.http.candidates.CandidateQuery;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.CandidateList;
import io.coursedesk.shared.persistence.OrganisationCodes;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.ProgrammeRepository;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Manual 004, "Voortgang kandidaten": an organisation's code, and the candidates who gave it with their progress.
 */
@Controller("/organisations/{organisationId}")
@Tag(name = "Candidates")
@Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
public class CandidateController {
    private final SetOrganisationCode setCode;
    private final OrganisationCodes codes;
    private final CandidateLinks links;
    private final CandidateList candidates;
    private final ProgrammeRepository programmes;
    private final ListCursors cursors;

    public CandidateController(SetOrganisationCode setCode, OrganisationCodes codes, CandidateLinks links,
                               CandidateList candidates, ProgrammeRepository programmes, ListCursors cursors) {
        this.setCode = setCode;
        this.codes = codes;
        this.links = links;
        this.candidates = candidates;
        this.programmes = programmes;
        this.cursors = cursors;
    }

    @Get("/code")
    @Operation(summary = "The organisation's code (null while it has none)")
    public OrganisationCodeView code(@Parameter(hidden = true) Caller caller, String organisationId) {
        AccessPolicy.requireOrganisation(caller, organisationId, "Organisation " + organisationId);
        return codes.of(caller.tenantId(), organisationId).map(OrganisationCodeView::of)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
    }

    @Put("/code")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Give the organisation its code: three upper-case letters, unique per provider",
            description = "Candidates who give the code at enrolment or on their profile are linked to the "
                    + "organisation. Changing the code frees the old one; candidates already linked stay linked.")
    @ApiResponse(responseCode = "409", description = "Another organisation of the provider has the code (the "
            + "problem names `code`)")
    public OrganisationCodeView setCode(@Parameter(hidden = true) Caller caller, String organisationId,
                                        @Valid @Body OrganisationCodeRequest request) {
        return OrganisationCodeView.of(setCode.set(caller, organisationId, request.code()));
    }

    @Delete("/code")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Take the organisation's code away",
            description = "The code is free for another organisation; candidates already linked stay linked. An "
                    + "organisation without a code gets the same answer.")
    @ApiResponse(responseCode = "204", description = "The organisation has no code")
    public HttpResponse<Void> clearCode(@Parameter(hidden = true) Caller caller, String organisationId) {
        setCode.clear(caller, organisationId);
        return HttpResponse.noContent();
    }

    @Get("/candidates")
    @Operation(summary = "The organisation's candidates by name, with each step of their programmes passed, failed "
            + "(retake needed) or pending",
            description = "A candidate follows a programme once enrolled on a course of one of its steps' types; a "
                    + "step is PASSED when a course of its type was passed, FAILED when results were recorded and "
                    + "none passed, else PENDING. Paged: next is the cursor of the following page, for this caller "
                    + "and these filters only.")
    public Page<OrganisationCandidateView> candidates(@Parameter(hidden = true) Caller caller, String organisationId,
                                          @Valid @RequestBean CandidateQuery query,
                                          @Valid @RequestBean PageRequest page) {
        links.requireOrganisation(caller, organisationId);
        CandidateFilter filter = query.toFilter(caller.tenantId(), programmes);
        return cursors.page(CursorScope.of(caller, "candidates", query.scope(organisationId)), page,
                PagePosition.class, (limit, after) -> candidates.page(caller.tenantId(), organisationId, filter,
                        limit, after).map(OrganisationCandidateView::of));
    }

    @Post("/candidates/{studentId}/unlink")
    @Operation(summary = "Unlink a candidate from the organisation",
            description = "The organisation no longer sees them; their enrolments and results stay the student's.")
    @ApiResponse(responseCode = "204", description = "Unlinked")
    public HttpResponse<Void> unlink(@Parameter(hidden = true) Caller caller, String organisationId,
                                     String studentId) {
        links.unlink(caller, organisationId, studentId);
        return HttpResponse.noContent();
    }
}
