package io.coursedesk.shared.tenancy;

import java.util.Objects;

/**
 * The verified person behind a request. The tenant always comes from here, never from the request,
 * so no route can reach another provider's data.
 *
 * @param tenantId       the provider the caller belongs to
 * @param userId         the token subject
 * @param organisationId set for organisation contacts (and optional otherwise)
 * @param studentId      set for students
 */
public record Caller(String tenantId, String userId, String email, String name, Role role,
                     String organisationId, String studentId) {

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(role, "role");
    }

    public boolean isProviderAdmin() {
        return role == Role.PROVIDER_ADMIN;
    }

    public boolean isOrganisationContact() {
        return role == Role.ORGANISATION_CONTACT;
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }
}
