package io.coursedesk.accounts.api;

import io.coursedesk.accounts.aws.UserPoolConfig;
import io.coursedesk.accounts.contacts.ContactRequest;
import io.coursedesk.accounts.contacts.ContactView;
import io.coursedesk.accounts.contacts.OrganisationContacts;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * {@code /organisations/{organisationId}/contacts}: a provider admin gives an organisation's contact persons accounts;
 * part of the customers module, like the organisations themselves.
 */
@Controller("/organisations/{organisationId}/contacts")
@Tag(name = "Organisations")
@Secured("PROVIDER_ADMIN")
@ModuleRequired(Module.CUSTOMERS)
@Requires(property = UserPoolConfig.USER_POOL_ID)
public class ContactController {
    private final OrganisationContacts contacts;

    public ContactController(OrganisationContacts contacts) {
        this.contacts = contacts;
    }

    @Post
    @Operation(summary = "Give a contact person of the organisation an account",
            description = "Cognito mails them a temporary password; they set their own at the first sign-in. A person "
                    + "who has an account already keeps it and becomes this organisation's contact (409 when they "
                    + "already have another role at this provider). 404 for an organisation of another provider.")
    public HttpResponse<ContactView> add(@Parameter(hidden = true) Caller caller, @PathVariable String organisationId,
                                         @Valid @Body ContactRequest request) {
        return HttpResponse.created(contacts.add(caller, organisationId, request));
    }

    @Delete("/{contactId}")
    @Operation(summary = "Remove a contact person's account",
            description = "Their next token carries no role at this provider, and an account left with no provider "
                    + "is disabled; a token issued before stays valid until it expires (60 minutes).")
    public HttpResponse<Void> remove(@Parameter(hidden = true) Caller caller, @PathVariable String organisationId,
                                     @PathVariable String contactId) {
        contacts.remove(caller, organisationId, contactId);
        return HttpResponse.noContent();
    }
}
