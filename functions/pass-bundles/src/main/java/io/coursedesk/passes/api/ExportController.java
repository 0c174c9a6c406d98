package io.coursedesk.passes.api;

import io.coursedesk.passes.exports.ExportCandidates;
import io.coursedesk.passes.exports.ExportCourseResults;
import io.coursedesk.shared.http.candidates.CandidateQuery;
import io.coursedesk.shared.persistence.ProgrammeRepository;
import io.coursedesk.passes.exports.ExportDelivery;
import io.coursedesk.passes.exports.ExportFile;
import io.coursedesk.passes.exports.ExportPaymentCodes;
import io.coursedesk.shared.http.paymentcodes.PaymentCodeListRequest;
import io.coursedesk.shared.http.download.ContentDisposition;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Excel exports: made per request, answered as the file or, when too large for a response, as a link to it. */
@Controller
@Tag(name = "Exports")
public class ExportController {
    private static final String XLSX = ExportDelivery.CONTENT_TYPE;

    private static final String DELIVERY = "A file up to 4 MB is the response itself (the spreadsheet content "
            + "type); a larger one is put in S3 and the response is JSON with a presigned `downloadUrl` valid for 5 "
            + "minutes (see `expiresAt`); the file is removed after a day.";

    private final ExportCourseResults courseResults;
    private final ExportPaymentCodes paymentCodes;
    private final ExportCandidates candidates;
    private final ProgrammeRepository programmes;

    public ExportController(ExportCourseResults courseResults, ExportPaymentCodes paymentCodes,
                            ExportCandidates candidates, ProgrammeRepository programmes) {
        this.courseResults = courseResults;
        this.paymentCodes = paymentCodes;
        this.candidates = candidates;
        this.programmes = programmes;
    }

    @Get(value = "/exports/course-results.xlsx", produces = {XLSX, MediaType.APPLICATION_JSON})
    @Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
    @Operation(summary = "Download all course results of an organisation's students (Excel)",
            description = "One row per recorded result (present / passed) of each student linked to the "
                    + "organisation, by name and course date: name, email, birth date, course type and kind, first "
                    + "and last day, number of days, location, present and passed (Ja/Nee) and the certificate's "
                    + "expiry date. Dates are date cells (dd-mm-jjjj), text starting with =, +, -, @, a tab or a "
                    + "carriage return is stored as text. " + DELIVERY)
    @ApiResponse(responseCode = "200", description = "The workbook as an attachment (up to 4 MB), or a link to it "
            + "(larger)", content = {
                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportLinkView.class))})
    @ApiResponse(responseCode = "400", description = "A provider admin did not name the organisation")
    @ApiResponse(responseCode = "403", description = "Students have no exports")
    @ApiResponse(responseCode = "404", description = "No such organisation of the caller's provider, or not the "
            + "contact's own")
    public HttpResponse<?> courseResults(@Parameter(hidden = true) Caller caller,
                                         @Parameter(description = "The organisation; required of a provider admin, "
                                                 + "a contact's own by default")
                                         @Nullable @QueryValue String organisationId) {
        return download(courseResults.export(caller, organisationId));
    }

    @Get(value = "/exports/payment-codes.xlsx", produces = {XLSX, MediaType.APPLICATION_JSON})
    @Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
    @Operation(summary = "Download the payment codes as filtered (Excel)",
            description = "The rows GET /payment-codes lists with the same filters (a contact: their organisation's "
                    + "codes), newest first: code, profile, organisation, contact, reference, batch, created, state "
                    + "(Ongebruikt, Gebruikt, Gedeactiveerd), used at and by whom, deactivated at. Times are date "
                    + "cells (dd-mm-jjjj uu:mm, Amsterdam), text starting with =, +, -, @, a tab or a carriage return "
                    + "is stored as text. " + DELIVERY)
    @ApiResponse(responseCode = "200", description = "The workbook as an attachment (up to 4 MB), or a link to it "
            + "(larger)", content = {
                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportLinkView.class))})
    @ApiResponse(responseCode = "400", description = "An invalid filter (named)")
    @ApiResponse(responseCode = "403", description = "Students have no exports")
    @ApiResponse(responseCode = "404", description = "A contact named another organisation")
    public HttpResponse<?> paymentCodes(@Parameter(hidden = true) Caller caller,
                                        @Valid @RequestBean PaymentCodeListRequest filters) {
        return download(paymentCodes.export(caller, filters.filter(caller)));
    }

    @Get(value = "/exports/candidates.xlsx", produces = {XLSX, MediaType.APPLICATION_JSON})
    @Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
    @Operation(summary = "Download an organisation's candidate list as filtered (Excel)",
            description = "The list of GET /organisations/{organisationId}/candidates with the same filters "
                    + "(programmeId, stepState, name), all pages: one row per step of each programme shown (a "
                    + "candidate following none: one row), by name: name, email, linked on, programme, step number, "
                    + "course or exam, course type, state (Behaald / Niet behaald, herkansing nodig / Nog niet "
                    + "afgerond) and the last day of the deciding course, a date cell (dd-mm-jjjj). " + DELIVERY)
    @ApiResponse(responseCode = "200", description = "The workbook as an attachment (up to 4 MB), or a link to it "
            + "(larger)", content = {
                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportLinkView.class))})
    @ApiResponse(responseCode = "400", description = "A provider admin did not name the organisation, or a filter is "
            + "invalid (named)")
    @ApiResponse(responseCode = "403", description = "Students have no exports")
    @ApiResponse(responseCode = "404", description = "No such organisation of the caller's provider, or not the "
            + "contact's own")
    public HttpResponse<?> candidates(@Parameter(hidden = true) Caller caller,
                                      @Parameter(description = "The organisation; required of a provider admin, "
                                              + "a contact's own by default")
                                      @Nullable @QueryValue String organisationId,
                                      @Valid @RequestBean CandidateQuery query) {
        return download(candidates.export(caller, organisationId, query.toFilter(caller.tenantId(), programmes)));
    }

    private static HttpResponse<?> download(ExportFile file) {
        MutableHttpResponse<?> response;
        if (file instanceof ExportFile.Inline inline) {
            response = HttpResponse.ok(inline.content()).contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(inline.fileName()));
        } else {
            ExportFile.Link link = (ExportFile.Link) file;
            response = HttpResponse.ok(new ExportLinkView(link.fileName(), link.downloadUrl(), link.expiresAt()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        // exports name people: no shared cache keeps them
        return response.header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
