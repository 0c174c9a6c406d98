package io.coursedesk.availability.respond;

import io.coursedesk.availability.invitations.InstructorInvitation;
import io.coursedesk.shared.domain.Course;

/** What an answer link leads to right now: an invitation that can still be answered, or why not. */
public sealed interface LinkState {

    /** The invitation of the link's round, still open for an answer. */
    record Open(InstructorInvitation invitation, Course course, String providerName) implements LinkState {
    }

    /** @param providerName null when the link cannot be trusted to name a provider */
    record Closed(Reason reason, String providerName) implements LinkState {
    }

    enum Reason {
        /** Tampered, cut off, or naming no invitation. */
        NOT_VALID,
        /** A re-invitation sent a newer link. */
        SUPERSEDED,
        /** This instructor was confirmed; answering again cannot undo that. */
        CONFIRMED,
        /** The provider chose someone else (or sent this instructor the rejection). */
        DECIDED,
        CANCELLED,
        /** The course has started. */
        PAST
    }
}
