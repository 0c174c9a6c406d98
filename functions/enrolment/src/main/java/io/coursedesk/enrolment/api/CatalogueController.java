package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.course.Catalogue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

@Controller("/catalogue")
@Tag(name = "Catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CatalogueController {
    private final Catalogue catalogue;

    public CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    @SecurityRequirements
    @Operation(summary = "Public: open courses of the coming 12 months with free seats",
            description = "No token needed. Every provider's courses, or only those of the provider (tenant id) given.")
    public List<CatalogueEntry> list(@Nullable @QueryValue String provider) {
        return catalogue.of(Optional.ofNullable(provider)).stream().map(CatalogueEntry::of).toList();
    }
}
