package io.coursedesk.availability.respond;

import io.coursedesk.availability.invitations.Answer;
import io.coursedesk.availability.invitations.InstructorInvitation;
import io.coursedesk.availability.invitations.InvitationRepository;
import io.coursedesk.availability.respond.LinkState.Open;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
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
    private final Outbox outbox;
    private final Clock clock;

    public RecordAnswer(LinkCheck linkCheck, InvitationRepository invitations, TransactionWriter writes,
                        Outbox outbox, Clock clock) {
        this.linkCheck = linkCheck;
        this.invitations = invitations;
        this.writes = writes;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LinkState record(String token, Answer answer) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LinkState state = linkCheck.check(token);
            if (!(state instanceof Open open)) {
                return state;
            }
            if (open.invitation().status() == answer.status()) {
                return state;
            }
            InstructorInvitation answered = open.invitation().withStatus(answer.status(), clock.instant());
            if (writes.write(List.of(invitations.replace(open.invitation(), answered),
                    outbox.put(EventSources.AVAILABILITY, responded(answered, answer)))).committed()) {
                return new Open(answered, open.course(), open.providerName());
            }
        }
        return linkCheck.check(token);
    }

    private static InstructorResponded responded(InstructorInvitation answered, Answer answer) {
        return InstructorResponded.of(answered.tenantId(), answered.statusAt(), answered.courseId(),
                answered.instructorId(), answered.instructorName(), answered.round(), answer.name());
    }
}
