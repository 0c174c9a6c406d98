package io.coursedesk.enrolment.invitations;

import io.coursedesk.enrolment.invitations.InvitationLinks.Link;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * What an activation link's token finds: the signature is checked first, then its expiry, then the invitation it
 * names (still open, and this link of the latest mail). The activation and the link's page both ask here.
 */
@Singleton
public class ActivationLink {
    private final InvitationLinks links;
    private final StudentInvitations invitations;
    private final Clock clock;

    public ActivationLink(InvitationLinks links, StudentInvitations invitations, Clock clock) {
        this.links = links;
        this.invitations = invitations;
        this.clock = clock;
    }

    public State check(String token) {
        Optional<Link> link = links.verify(token);
        if (link.isEmpty()) {
            return new State(Outcome.NOT_GENUINE, null, null);
        }
        String tenantId = link.get().tenantId();
        if (!clock.instant().isBefore(link.get().expiresAt())) {
            return new State(Outcome.EXPIRED, tenantId, null);
        }
        return invitations.find(tenantId, link.get().organisationId(), link.get().studentInvitationId())
                .map(invitation -> new State(switch (invitation.status()) {
                    case ACCEPTED -> Outcome.USED;
                    case REVOKED -> Outcome.REVOKED;
                    case OPEN -> invitation.round() == link.get().round() ? Outcome.OPEN : Outcome.REPLACED;
                }, tenantId, invitation))
                .orElse(new State(Outcome.NOT_GENUINE, null, null));
    }

    /** How a link stands. */
    public enum Outcome {
        /** Malformed, not signed with this function's key, or naming no invitation. */
        NOT_GENUINE,
        EXPIRED,
        REVOKED,
        /** A newer mail of the same invitation was sent; only its link works. */
        REPLACED,
        /** The invitation was activated already. */
        USED,
        OPEN
    }

    /**
     * @param tenantId   the provider the genuine token names; null when it is not genuine
     * @param invitation the invitation as read, when the token names one that exists
     */
    public record State(Outcome outcome, String tenantId, StudentInvitation invitation) {
    }
}
