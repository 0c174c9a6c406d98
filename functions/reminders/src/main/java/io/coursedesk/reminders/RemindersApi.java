package io.coursedesk.reminders;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header; micronaut-openapi writes the document into the jar at compile time. */
@OpenAPIDefinition(
        info = @Info(title = "CourseDesk reminders", version = "0.1",
                description = "A provider's reminder settings; the reminders themselves go out on a daily schedule."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class RemindersApi {
    private RemindersApi() {
    }
}
