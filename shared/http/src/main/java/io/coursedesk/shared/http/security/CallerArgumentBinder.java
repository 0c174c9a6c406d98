package io.coursedesk.shared.http.security;

import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.coursedesk.shared.tenancy.Role;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/**
 * Lets a controller method take a {@link Caller} parameter, built from the verified token's claims. This is
 * the one place a request's tenant is decided; a token without a tenant or a known role is refused (401).
 */
@Singleton
public class CallerArgumentBinder implements TypedRequestArgumentBinder<Caller> {

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Optional<Authentication> authentication = source.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return BindingResult.unsatisfied();
        }
        Caller caller = toCaller(authentication.get());
        return () -> Optional.of(caller);
    }

    static Caller toCaller(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        String tenantId = text(claims, ClaimNames.TENANT_ID);
        Role role = role(text(claims, ClaimNames.ROLE));
        if (tenantId == null || role == null) {
            throw new AuthorizationException(null);
        }
        return new Caller(tenantId, authentication.getName(), text(claims, ClaimNames.EMAIL),
                text(claims, ClaimNames.NAME), role, text(claims, ClaimNames.ORGANISATION_ID),
                text(claims, ClaimNames.STUDENT_ID));
    }

    private static Role role(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
