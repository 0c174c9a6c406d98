package io.coursedesk.enrolment.invitations;

import io.coursedesk.shared.aws.AwsClients;
import io.coursedesk.shared.aws.ConfiguredSecrets;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.signing.SigningKey;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * The activation links of student invitation mails: {@code <public base>/student-invitation-links/<token>},
 * the token signed ({@link SigningKey}, purpose {@value #PURPOSE}) over tenant, organisation, invitation, round and
 * expiry, so it can neither be pointed at another invitation nor outlive its time or a newer mail. The key is the
 * function's list-cursor secret: the purpose derives a key of its own from it, so a cursor is never a link.
 */
@Singleton
public class InvitationLinks {
    static final String PURPOSE = "student-invitation";
    static final String ACTIVATE_PATH = "/student-invitation-links/";
    private static final String VERSION = "v1";

    private final SigningKey key;
    private final String baseUrl;

    public InvitationLinks(Environment environment, AwsClients clients,
                           @Value("${coursedesk.public-base-url}") String baseUrl) {
        this.key = new SigningKey(ConfiguredSecrets.read(environment, clients, ListCursors.SECRET_ARN_PROPERTY,
                ListCursors.KEY_PROPERTY, "list-cursor key"));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The link of the invitation's latest mail. */
    public String activationUrl(StudentInvitation invitation) {
        return baseUrl + ACTIVATE_PATH + key.sign(PURPOSE, String.join("\n", VERSION, invitation.tenantId(),
                invitation.organisationId(), invitation.id(), Integer.toString(invitation.round()),
                Long.toString(invitation.linkExpiresAt().getEpochSecond())));
    }

    /** What a genuine token stands for; empty when it is malformed or not signed by this key for this purpose. */
    public Optional<Link> verify(String token) {
        return key.verify(PURPOSE, token).flatMap(InvitationLinks::parse);
    }

    private static Optional<Link> parse(String payload) {
        String[] parts = payload.split("\n", -1);
        if (parts.length != 6 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Link(parts[1], parts[2], parts[3], Integer.parseInt(parts[4]),
                    Instant.ofEpochSecond(Long.parseLong(parts[5]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One mail's link: the invitation, the round of the mail, and when it stops working. */
    public record Link(String tenantId, String organisationId, String studentInvitationId, int round,
                       Instant expiresAt) {
    }
}
