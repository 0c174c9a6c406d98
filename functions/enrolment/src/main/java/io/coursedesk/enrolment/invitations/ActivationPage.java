package io.coursedesk.enrolment.invitations;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.coursedesk.enrolment.invitations.ActivationLink.Outcome;
import io.coursedesk.enrolment.invitations.ActivationLink.State;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The page a GET of an activation link shows (Dutch, {@code pages/activation.mustache}, every value escaped): for an
 * open invitation who invites whom and how to activate it (sign in or sign up, then the code); otherwise why the link
 * no longer works. It only reads: a mail scanner that opens the link changes nothing.
 */
@Singleton
public class ActivationPage {
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final ActivationLink activationLink;
    private final OrganisationRepository organisations;
    private final ProviderRepository providers;
    private final Template template;

    public ActivationPage(ActivationLink activationLink, OrganisationRepository organisations,
                          ProviderRepository providers) {
        this.activationLink = activationLink;
        this.organisations = organisations;
        this.providers = providers;
        this.template = compile();
    }

    /** The page and its status: 200 while the link works, 404 not genuine, 409 used, 410 expired, revoked, replaced. */
    public Rendered render(String token) {
        State state = activationLink.check(token);
        Map<String, Object> model = new HashMap<>();
        model.put("open", state.outcome() == Outcome.OPEN);
        model.put("title", state.outcome() == Outcome.OPEN ? "Uitnodiging activeren" : "Deze link werkt niet meer");
        model.put("reason", reason(state.outcome()));
        if (state.outcome() == Outcome.OPEN) {
            StudentInvitation invitation = state.invitation();
            model.put("firstName", invitation.firstName());
            model.put("lastName", invitation.lastName());
            model.put("email", invitation.email());
            model.put("token", token);
            model.put("organisationName", organisations.find(invitation.tenantId(), invitation.organisationId())
                    .map(Organisation::name).orElse(""));
            model.put("providerName", providers.find(invitation.tenantId()).map(Provider::name).orElse(""));
            ZonedDateTime expires = invitation.linkExpiresAt().atZone(Zones.AMSTERDAM);
            model.put("expiresAt", EXPIRY.format(expires));
        }
        return new Rendered(status(state.outcome()), template.execute(model));
    }

    private static String reason(Outcome outcome) {
        return switch (outcome) {
            case NOT_GENUINE -> "Deze link is niet geldig.";
            case EXPIRED -> "Deze uitnodiging is verlopen. Vraag je contactpersoon om de uitnodiging opnieuw te sturen.";
            case REVOKED -> "Deze uitnodiging is ingetrokken.";
            case REPLACED -> "Je hebt een nieuwere uitnodiging ontvangen. Gebruik de link in de laatste e-mail.";
            case USED -> "Deze uitnodiging is al geactiveerd. Log in om je cursussen te zien.";
            case OPEN -> "";
        };
    }

    private static int status(Outcome outcome) {
        return switch (outcome) {
            case OPEN -> 200;
            case NOT_GENUINE -> 404;
            case USED -> 409;
            case EXPIRED, REVOKED, REPLACED -> 410;
        };
    }

    private static Template compile() {
        try (InputStream in = ActivationPage.class.getResourceAsStream("/pages/activation.mustache");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the activation page's template is part of the jar", e);
        }
    }

    /** A page with its HTTP status. */
    public record Rendered(int status, String html) {
    }
}
