package io.coursedesk.shared.http.security;

import io.coursedesk.shared.tenancy.ClaimNames;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** The caller's role is one claim ({@code custom:role}); {@code @Secured("PROVIDER_ADMIN")} checks it. */
@Singleton
@Replaces(DefaultRolesFinder.class)
public class CallerRolesFinder implements RolesFinder {

    @Override
    public List<String> resolveRoles(Map<String, Object> attributes) {
        Object role = attributes == null ? null : attributes.get(ClaimNames.ROLE);
        return role == null ? List.of() : List.of(role.toString());
    }
}
