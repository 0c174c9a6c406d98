package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.candidate.ProgrammeRequest;
import io.coursedesk.enrolment.candidate.Programmes;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
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

/** Programmes ("opleidingstrajecten", manual 004): ordered steps whose progress an organisation follows. */
@Controller("/programmes")
@Tag(name = "Candidates")
@Secured("PROVIDER_ADMIN")
public class ProgrammeController {
    private final Programmes programmes;
    private final ProgrammeRepository repository;
    private final ListCursors cursors;

    public ProgrammeController(Programmes programmes, ProgrammeRepository repository, ListCursors cursors) {
        this.programmes = programmes;
        this.repository = repository;
        this.cursors = cursors;
    }

    @Get
    @Operation(summary = "The provider's programmes by name",
            description = "Paged: next is the cursor of the following page, for this caller only.")
    public Page<ProgrammeView> list(@Parameter(hidden = true) Caller caller, @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "programmes"), page, PagePosition.class,
                (limit, after) -> repository.page(caller.tenantId(), limit, after).map(ProgrammeView::of));
    }

    @Post
    @Operation(summary = "Add a programme: a name and its steps in order",
            description = "Each step is a COURSE or an EXAM with the course type that passes it (an exam is held "
                    + "as a course of its type); a course type appears once per programme.")
    public HttpResponse<ProgrammeView> create(@Parameter(hidden = true) Caller caller,
                                              @Valid @Body ProgrammeRequest request) {
        return HttpResponse.created(ProgrammeView.of(programmes.create(caller, request)));
    }

    @Get("/{programmeId}")
    @Operation(summary = "One programme")
    public ProgrammeView get(@Parameter(hidden = true) Caller caller, String programmeId) {
        return ProgrammeView.of(programmes.find(caller, programmeId));
    }

    @Put("/{programmeId}")
    @Operation(summary = "Replace a programme's name and steps",
            description = "Candidates' progress is derived from their results whenever it is shown, so it follows "
                    + "the new steps at once.")
    public ProgrammeView replace(@Parameter(hidden = true) Caller caller, String programmeId,
                                 @Valid @Body ProgrammeRequest request) {
        return ProgrammeView.of(programmes.replace(caller, programmeId, request));
    }

    @Delete("/{programmeId}")
    @Operation(summary = "Remove a programme", description = "Candidates and their results stay.")
    @ApiResponse(responseCode = "204", description = "Removed")
    public HttpResponse<Void> remove(@Parameter(hidden = true) Caller caller, String programmeId) {
        programmes.remove(caller, programmeId);
        return HttpResponse.noContent();
    }
}
