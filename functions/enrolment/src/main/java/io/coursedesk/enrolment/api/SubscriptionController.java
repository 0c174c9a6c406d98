package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.subscription.Quote;
import io.coursedesk.enrolment.subscription.SubscriptionQuote;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /subscription}: what the provider pays. */
@Controller("/subscription")
@Tag(name = "Provider")
@Secured("PROVIDER_ADMIN")
public class SubscriptionController {
    private final SubscriptionQuote subscriptionQuote;

    public SubscriptionController(SubscriptionQuote subscriptionQuote) {
        this.subscriptionQuote = subscriptionQuote;
    }

    @Get("/quote")
    @Operation(summary = "This month's price of the provider's subscription, line by line, in euro cents")
    public Quote quote(@Parameter(hidden = true) Caller caller) {
        return subscriptionQuote.quote(caller);
    }
}
