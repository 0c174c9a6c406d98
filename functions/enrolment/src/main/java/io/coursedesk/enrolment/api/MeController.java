package io.coursedesk.enrolment.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.enrolment.StudentEnrolment;
import io.coursedesk.enrolment.enrolment.StudentEnrolments;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.HttpResponse;
import io.coursedesk.enrolment.candidate.CandidateCodeRequest;
import io.coursedesk.enrolment.candidate.CandidateLinks;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

@Controller("/me")
@Tag(name = "Me")
@Secured("STUDENT")
public class MeController {
    private final StudentEnrolments enrolments;
    private final CertificateRepository certificates;
    private final CandidateLinks candidateLinks;
    private final ListCursors cursors;

    public MeController(StudentEnrolments enrolments, CertificateRepository certificates,
                        CandidateLinks candidateLinks, ListCursors cursors) {
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.candidateLinks = candidateLinks;
        this.cursors = cursors;
    }

    @Post("/candidacies")
    @Operation(summary = "Give an organisation's code to be linked to it as candidate",
            description = "The organisation then follows the signed-in student's progress on its programmes. "
                    + "400 naming organisationCode when no organisation of the provider has the code.")
    public HttpResponse<CandidacyView> linkAsCandidate(@Parameter(hidden = true) Caller caller,
                                                       @Valid @Body CandidateCodeRequest request) {
        return HttpResponse.created(CandidacyView.of(candidateLinks.linkSelf(caller, request.organisationCode())));
    }

    @Get("/enrolments")
    @Operation(summary = "The signed-in student's enrolments, by course date",
            description = "Paged: next is the cursor of the following page, for this caller only.")
    public Page<StudentEnrolment> enrolments(@Parameter(hidden = true) Caller caller,
                                             @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "my-enrolments"), page, PagePosition.class,
                (limit, after) -> enrolments.page(caller, limit, after));
    }

    @Get("/certificates")
    @Operation(summary = "The signed-in student's certificates",
            description = "Paged: next is the cursor of the following page, for this caller only.")
    public Page<Certificate> certificates(@Parameter(hidden = true) Caller caller,
                                          @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "my-certificates"), page, PagePosition.class,
                (limit, after) -> caller.studentId() == null ? new Slice<>(List.of(), null)
                        : certificates.pageByStudent(caller.tenantId(), caller.studentId(), limit, after));
    }
}
