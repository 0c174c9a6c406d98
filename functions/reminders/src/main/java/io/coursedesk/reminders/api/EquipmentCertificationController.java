package io.coursedesk.reminders.api;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.coursedesk.reminders.equipment.EquipmentCertificationRequest;
import io.coursedesk.reminders.equipment.EquipmentCertificationView;
import io.coursedesk.reminders.equipment.EquipmentCertifications;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;

/** {@code /equipment-certifications}: fire extinguishers, AEDs, NEN 3140 inspections of the provider's customers. */
@ModuleRequired(Module.CERTIFICATION_DATA)
@Controller("/equipment-certifications")
@Secured("PROVIDER_ADMIN")
public class EquipmentCertificationController {
    private final EquipmentCertifications certifications;
    private final ListCursors cursors;

    public EquipmentCertificationController(EquipmentCertifications certifications, ListCursors cursors) {
        this.certifications = certifications;
        this.cursors = cursors;
    }

    @Post
    @Operation(summary = "Register an equipment certification of a customer",
            description = "It appears on the dashboard from remindFrom (at the latest the expiry date) on.")
    @ApiResponse(responseCode = "201", description = "The equipment certification")
    public HttpResponse<EquipmentCertificationView> register(@Parameter(hidden = true) Caller caller,
                                                             @Valid @Body EquipmentCertificationRequest request) {
        EquipmentCertificationView created = certifications.register(caller, request);
        return HttpResponse.created(created,
                URI.create("/equipment-certifications/" + created.equipmentCertificationId()));
    }

    @Get
    @Operation(summary = "The equipment certifications, by remind-from date",
            description = "Of every customer, or of one with organisationId. Paged: next is the cursor of the "
                    + "following page, for this caller and filter only.")
    public Page<EquipmentCertificationView> list(@Parameter(hidden = true) Caller caller,
                                                 @Nullable @QueryValue @Size(max = 64) String organisationId,
                                                 @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "equipment-certifications", organisationId), page,
                PagePosition.class, (limit, after) -> certifications.page(caller, organisationId, limit, after));
    }

    @Get("/{equipmentCertificationId}")
    @Operation(summary = "One equipment certification, with its status today (VALID, DUE, EXPIRED)")
    public EquipmentCertificationView find(@Parameter(hidden = true) Caller caller, String equipmentCertificationId) {
        return certifications.find(caller, equipmentCertificationId);
    }

    @Put("/{equipmentCertificationId}")
    @Operation(summary = "Replace an equipment certification, for example after a new inspection")
    public EquipmentCertificationView edit(@Parameter(hidden = true) Caller caller, String equipmentCertificationId,
                                           @Valid @Body EquipmentCertificationRequest request) {
        return certifications.edit(caller, equipmentCertificationId, request);
    }

    @Delete("/{equipmentCertificationId}")
    @Operation(summary = "Remove an equipment certification")
    @ApiResponse(responseCode = "204", description = "Removed")
    public HttpResponse<Void> remove(@Parameter(hidden = true) Caller caller, String equipmentCertificationId) {
        certifications.remove(caller, equipmentCertificationId);
        return HttpResponse.noContent();
    }
}
