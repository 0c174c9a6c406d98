package io.coursedesk.availability;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header; micronaut-openapi writes the document into the jar at compile time. No global
 * security requirement: the admin routes get theirs from {@code @Secured}, the answer pages are public.
 */
@OpenAPIDefinition(
        info = @Info(title = "CourseDesk availability", version = "0.1",
                description = "Instructors, instructor invitations for a course, and the public answer pages "
                        + "(/respond/{token}, HTML) behind the links in invitation mails."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class AvailabilityApi {
    private AvailabilityApi() {
    }
}
