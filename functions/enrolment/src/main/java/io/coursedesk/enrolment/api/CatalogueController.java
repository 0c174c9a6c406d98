package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.course.Catalogue;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.PagePosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;

@Controller("/catalogue")
@Tag(name = "Catalogue")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CatalogueController {
    private final Catalogue catalogue;
    private final ListCursors cursors;

    public CatalogueController(Catalogue catalogue, ListCursors cursors) {
        this.catalogue = catalogue;
        this.cursors = cursors;
    }

    @Get
    @SecurityRequirements
    @Operation(summary = "Public: open courses of the coming 12 months with free seats, by start",
            description = "No token needed. Every provider's courses, or only those of the provider (tenant id) "
                    + "given; cancelled, started, full and white-label courses are never listed. Paged: next is "
                    + "the cursor of the following page, valid for the same provider filter only.")
    public Page<CatalogueEntry> list(@Nullable @QueryValue String provider, @Valid @RequestBean PageRequest page) {
        Optional<String> providerId = Optional.ofNullable(provider);
        return cursors.page(CursorScope.ofPublic(providerId.orElse(null), "catalogue"), page, PagePosition.class,
                (limit, after) -> catalogue.page(providerId, limit, after).map(CatalogueEntry::of));
    }
}
