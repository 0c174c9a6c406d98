package io.coursedesk.accounts;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header; micronaut-openapi writes the document into the jar at compile time. */
@OpenAPIDefinition(
        info = @Info(title = "CourseDesk accounts", version = "0.1",
                description = "Accounts: a student's own sign-up with a provider (public), and the accounts a provider "
                        + "admin gives an organisation's contact persons."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class AccountsApi {
    private AccountsApi() {
    }
}
