package io.coursedesk.shared.http.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.function.aws.proxy.security.MicronautLambdaAuthenticationFetcher;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.HashMap;
import java.util.Map;

/**
 * The caller as API Gateway's JWT authorizer verified them. Micronaut's Lambda adapter builds this
 * authentication without roles, and the security filter takes whichever fetcher answers first (this one or
 * the bearer-token one), so {@code @Secured("PROVIDER_ADMIN")} refused admins at random. This replacement
 * reads the roles from the claims exactly as the bearer-token path does.
 */
@Singleton
@Replaces(MicronautLambdaAuthenticationFetcher.class)
public class AuthorizerClaimsAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final RolesFinder rolesFinder;

    public AuthorizerClaimsAuthenticationFetcher(RolesFinder rolesFinder) {
        this.rolesFinder = rolesFinder;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof APIGatewayV2HTTPEvent event
                && event.getRequestContext() != null
                && event.getRequestContext().getAuthorizer() != null
                && event.getRequestContext().getAuthorizer().getJwt() != null
                && event.getRequestContext().getAuthorizer().getJwt().getClaims() != null) {
            Map<String, Object> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
            Object subject = claims.get(ClaimNames.SUBJECT);
            if (subject != null) {
                return Publishers.just(Authentication.build(subject.toString(), rolesFinder.resolveRoles(claims), claims));
            }
        }
        return Publishers.empty();
    }
}
