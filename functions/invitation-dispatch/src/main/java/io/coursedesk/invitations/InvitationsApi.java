package io.coursedesk.invitations;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header; micronaut-openapi writes the document into the jar at compile time. */
@OpenAPIDefinition(
        info = @Info(title = "CourseDesk invitations", version = "0.1",
                description = "Mail templates of provider admins and course invitations to students or instructors."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class InvitationsApi {
    private InvitationsApi() {
    }
}
