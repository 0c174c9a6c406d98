package io.coursedesk.availability.respond;

import io.coursedesk.availability.invitations.Answer;
import io.coursedesk.availability.invitations.InstructorInvitation;
import io.coursedesk.availability.invitations.InvitationRepository;
import io.coursedesk.availability.respond.LinkState.Open;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.events.EventPublisher;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.InstructorResponded;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Records an instructor's answer while the link still counts. The same answer again changes nothing in the
 * table; a different one replaces it (until the provider decides). If the invitation changes between the check and
 * the write, the link is checked again, so an answer never lands on a decided or re-sent invitation.
 */
@Singleton
public class RecordAnswer {
    private static final int ATTEMPTS = 3;

    private final LinkCheck linkCheck;
    private final InvitationRepository invitations;
    private final TransactionWriter writes;
    private final EventPublisher events;
    private final Clock clock;

    public RecordAnswer(LinkCheck linkCheck, InvitationRepository invitations, TransactionWriter writes,
                        EventPublisher events, Clock clock) {
        this.linkCheck = linkCheck;
        this.invitations = invitations;
        this.writes = writes;
        this.events = events;
        this.clock = clock;
    }

    public LinkState record(String token, Answer answer) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LinkState state = linkCheck.check(token);
            if (!(state instanceof Open open)) {
                return state;
            }
            if (open.invitation().status() == answer.status()) {
                // published again under the same id: an event lost after the write still reaches the provider once
                announce(open.invitation(), answer);
                return state;
            }
            InstructorInvitation answered = open.invitation().withStatus(answer.status(), clock.instant());
            if (writes.write(List.of(invitations.replace(open.invitation(), answered))).committed()) {
                announce(answered, answer);
                return new Open(answered, open.course(), open.providerName());
            }
        }
        return linkCheck.check(token);
    }

    private void announce(InstructorInvitation answered, Answer answer) {
        events.publish(EventSources.AVAILABILITY, new InstructorResponded(
                "InstructorResponded:" + answered.courseId() + ":" + answered.instructorId() + ":"
                        + answered.round() + ":" + answer.name(),
                answered.tenantId(), answered.statusAt(), answered.courseId(), answered.instructorId(),
                answered.instructorName(), answered.round(), answer.name()));
    }
}
