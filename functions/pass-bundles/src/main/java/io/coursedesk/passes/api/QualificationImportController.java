package io.coursedesk.passes.api;

import io.coursedesk.passes.holders.ImportQualifications;
import io.coursedesk.passes.holders.ImportResult;
import io.coursedesk.shared.http.problem.Problem;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/qualifications/imports")
@Tag(name = "Qualification holders")
@Secured("PROVIDER_ADMIN")
public class QualificationImportController {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportQualifications importQualifications;

    public QualificationImportController(ImportQualifications importQualifications) {
        this.importQualifications = importQualifications;
    }

    @Post
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import existing holders and their qualifications from an .xlsx",
            description = "The body is the file itself. Its first sheet has a header row naming the columns in "
                    + "English or Dutch, in any order: qualificationNumber (Kwalificatienr.), name (Naam), birthDate "
                    + "(Geboortedatum), organisationId (Organisatie-id, optional), personnelNumber (Extern nummer, "
                    + "optional), qualificationName (Kwalificatie), code (Code, e.g. DEH), type (Soort: DIPLOMA or "
                    + "CERTIFICATE), examType (Examentype, optional), examNumber (Examennummer, optional), examDate "
                    + "(Examendatum), expiryDate (Verloopdatum, optional). One row per qualification; dates as date "
                    + "cells, dd-MM-yyyy or yyyy-MM-dd. At most 5 MB and 5000 rows. A known qualification number "
                    + "updates that holder; a holder's qualification with the same code is replaced. With any row "
                    + "rejected nothing is written.")
    @ApiResponse(responseCode = "200", description = "Every row accepted and written")
    @ApiResponse(responseCode = "400", description = "Not an .xlsx, a missing column, no rows or more than 5000 (field body)")
    @ApiResponse(responseCode = "413", description = "Larger than 5 MB")
    @ApiResponse(responseCode = "422", description = "Some rows rejected, each with its reason; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public HttpResponse<?> importFile(@Parameter(hidden = true) Caller caller, HttpRequest<?> request,
                                      @Nullable @Body byte[] file) {
        ImportResult result = importQualifications.importFile(caller, file);
        if (result.written()) {
            return HttpResponse.ok(result);
        }
        ImportProblem problem = new ImportProblem("about:blank", "Rows rejected",
                HttpStatus.UNPROCESSABLE_ENTITY.getCode(), result.rejected().size()
                + " row(s) rejected; nothing was imported. Correct them and send the whole file again.",
                request.getPath(), result.accepted(), result.rejected());
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
