package io.coursedesk.passes.api;

import io.coursedesk.passes.holders.HolderDetails;
import io.coursedesk.passes.holders.HolderFilter;
import io.coursedesk.passes.holders.HolderRow;
import io.coursedesk.passes.holders.HolderSort;
import io.coursedesk.passes.holders.ListHolders;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;

@Controller("/qualification-holders")
@Tag(name = "Qualification holders")
@Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
public class QualificationHolderController {
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final ListHolders listHolders;
    private final HolderDetails holderDetails;
    private final Clock clock;

    public QualificationHolderController(ListHolders listHolders, HolderDetails holderDetails, Clock clock) {
        this.listHolders = listHolders;
        this.holderDetails = holderDetails;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Search qualification holders (a contact: their organisation's only)",
            description = "Filters hold for one and the same qualification; q finds a part of the qualification "
                    + "number or name, or a birth date (dd-MM-yyyy or yyyy-MM-dd). A row's expiryDate and status are "
                    + "those of the holder's earliest-expiring valid qualification. sort: qualificationNumber, name, "
                    + "birthDate, expiryDate, status or personnelNumber, '-' before it for descending. next is the "
                    + "cursor of the following page (null on the last); it works only for the same caller, filters "
                    + "and sort.")
    @ApiResponse(responseCode = "200", description = "A page of holders")
    @ApiResponse(responseCode = "400", description = "An invalid parameter (named), or another caller's or list's cursor")
    @ApiResponse(responseCode = "403", description = "Students may not list holders")
    @ApiResponse(responseCode = "404", description = "The organisation is not one the caller may see")
    public Page<HolderRow> list(@Parameter(hidden = true) Caller caller,
                           @Nullable @QueryValue @Size(max = 64) String organisationId,
                           @Nullable @QueryValue @Size(max = 100) String examType,
                           @Nullable @QueryValue @Size(max = 100) String examNumber,
                           @Nullable @QueryValue @Pattern(regexp = ISO_DATE, message = "must be a date yyyy-MM-dd") String expiresFrom,
                           @Nullable @QueryValue @Pattern(regexp = ISO_DATE, message = "must be a date yyyy-MM-dd") String expiresTo,
                           @Nullable @QueryValue @Size(max = 200) String q,
                           @Nullable @QueryValue String sort,
                           @Valid @RequestBean PageRequest page) {
        InvalidFields invalid = new InvalidFields();
        LocalDate from = invalid.date(expiresFrom, "expiresFrom");
        LocalDate to = invalid.date(expiresTo, "expiresTo");
        HolderSort order = HolderSort.parse(sort).orElse(null);
        invalid.check(order != null, "sort", "must be one of qualificationNumber, name, birthDate, expiryDate, "
                + "status, personnelNumber, optionally with '-' before it");
        invalid.throwIfAny();
        HolderFilter filter = new HolderFilter(blankToNull(organisationId), blankToNull(examType),
                blankToNull(examNumber), from, to, blankToNull(q));
        return listHolders.list(caller, filter, order, page);
    }

    @Get("/{holderId}")
    @Operation(summary = "A holder and their qualifications (a contact: holders of their organisation only)")
    @ApiResponse(responseCode = "200", description = "The holder")
    @ApiResponse(responseCode = "404", description = "No such holder, or not one the caller may see")
    public HolderView get(@Parameter(hidden = true) Caller caller, String holderId) {
        return HolderView.of(holderDetails.find(caller, holderId), caller, Qualification.today(clock));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
