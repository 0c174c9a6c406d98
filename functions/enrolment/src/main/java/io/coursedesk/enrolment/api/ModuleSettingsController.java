package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.subscription.ModuleSwitches;
import io.coursedesk.enrolment.subscription.SwitchModules;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** {@code /settings/modules}: which modules the provider has on. */
@Controller("/settings/modules")
@Tag(name = "Provider")
@Secured("PROVIDER_ADMIN")
public class ModuleSettingsController {
    private final SwitchModules switchModules;

    public ModuleSettingsController(SwitchModules switchModules) {
        this.switchModules = switchModules;
    }

    @Get
    @Operation(summary = "The provider's module switches", description = "All modules are on until saved.")
    public ModuleSwitches get(@Parameter(hidden = true) Caller caller) {
        return switchModules.get(caller);
    }

    @Put
    @Operation(summary = "Switch the provider's modules on or off", description = "All five switches are required. "
            + "A switched-off module's routes answer 403 naming the module; its data stays.")
    public ModuleSwitches replace(@Parameter(hidden = true) Caller caller, @Valid @Body ModuleSwitches request) {
        return switchModules.replace(caller, request);
    }
}
