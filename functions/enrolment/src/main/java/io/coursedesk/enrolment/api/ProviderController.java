package io.coursedesk.enrolment.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.people.ProviderRequest;
import io.coursedesk.enrolment.people.UpdateProvider;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/provider")
@Tag(name = "Provider")
@Secured("PROVIDER_ADMIN")
public class ProviderController {
    private final UpdateProvider updateProvider;
    private final ProviderRepository providers;

    public ProviderController(UpdateProvider updateProvider, ProviderRepository providers) {
        this.updateProvider = updateProvider;
        this.providers = providers;
    }

    @Get
    @Operation(summary = "The caller's provider profile (404 until it is set)")
    public ProviderView get(@Parameter(hidden = true) Caller caller) {
        return providers.find(caller.tenantId()).map(ProviderView::of).orElseThrow(() -> ProblemException.notFound("The provider profile"));
    }

    @Put
    @Operation(summary = "Set the provider's name and notification email")
    public ProviderView update(@Parameter(hidden = true) Caller caller, @Valid @Body ProviderRequest request) {
        return ProviderView.of(updateProvider.update(caller, request));
    }
}
