package io.coursedesk.availability.respond;

import io.coursedesk.availability.invitations.InstructorInvitation;
import io.coursedesk.availability.invitations.InvitationRepository;
import io.coursedesk.availability.invitations.InvitationStatus;
import io.coursedesk.availability.links.InvitationLink;
import io.coursedesk.availability.links.LinkTokens;
import io.coursedesk.availability.respond.LinkState.Closed;
import io.coursedesk.availability.respond.LinkState.Open;
import io.coursedesk.availability.respond.LinkState.Reason;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * Decides whether an answer link still counts. A link stops counting when its signature fails, when a
 * re-invitation replaced its round, when the provider confirmed this instructor or chose someone else after
 * this round was sent, when the course's lead and second instructor are both assigned (by confirmation or directly
 * on the course), when the course is cancelled, and once the course has started.
 */
@Singleton
public class LinkCheck {
    private final LinkTokens tokens;
    private final InvitationRepository invitations;
    private final CourseRepository courses;
    private final ProviderRepository providers;
    private final Clock clock;

    public LinkCheck(LinkTokens tokens, InvitationRepository invitations, CourseRepository courses,
                     ProviderRepository providers, Clock clock) {
        this.tokens = tokens;
        this.invitations = invitations;
        this.courses = courses;
        this.providers = providers;
        this.clock = clock;
    }

    public LinkState check(String token) {
        Optional<InvitationLink> verified = tokens.verify(token);
        if (verified.isEmpty()) {
            return new Closed(Reason.NOT_VALID, null);
        }
        InvitationLink link = verified.get();
        Optional<Course> course = courses.find(link.tenantId(), link.courseId());
        Optional<InstructorInvitation> invitation =
                invitations.find(link.tenantId(), link.courseId(), link.instructorId());
        if (course.isEmpty() || invitation.isEmpty()) {
            return new Closed(Reason.NOT_VALID, null);
        }
        String providerName = providers.find(link.tenantId()).map(Provider::name).orElse(null);
        Optional<Reason> closed = closedReason(link, course.get(), invitation.get());
        return closed.<LinkState>map(reason -> new Closed(reason, providerName))
                .orElseGet(() -> new Open(invitation.get(), course.get(), providerName));
    }

    private Optional<Reason> closedReason(InvitationLink link, Course course, InstructorInvitation invitation) {
        if (course.status() == CourseStatus.CANCELLED) {
            return Optional.of(Reason.CANCELLED);
        }
        if (course.hasStarted(clock.instant())) {
            return Optional.of(Reason.PAST);
        }
        if (link.round() != invitation.round()) {
            return Optional.of(Reason.SUPERSEDED);
        }
        CourseDetails details = course.details();
        String instructorId = invitation.instructorId();
        // the admin may also assign instructors directly on the course (PUT /courses/{id}), past the invitations
        if (invitation.status().isConfirmed() || instructorId.equals(details.leadInstructorId())
                || instructorId.equals(details.secondInstructorId())) {
            return Optional.of(Reason.CONFIRMED);
        }
        boolean bothAssigned = details.leadInstructorId() != null && details.secondInstructorId() != null;
        if (invitation.status() == InvitationStatus.REJECTED || bothAssigned || someoneElseConfirmedSince(invitation)) {
            return Optional.of(Reason.DECIDED);
        }
        return Optional.empty();
    }

    /** A confirmation made before this round was sent (a search for a second instructor) does not close it. */
    private boolean someoneElseConfirmedSince(InstructorInvitation invitation) {
        return invitations.listForCourse(invitation.tenantId(), invitation.courseId()).stream()
                .anyMatch(other -> other.status().isConfirmed()
                        && !other.instructorId().equals(invitation.instructorId())
                        && !other.statusAt().isBefore(invitation.invitedAt()));
    }
}
