package io.coursedesk.enrolment.invitations;

import io.coursedesk.enrolment.invitations.ActivationLink.State;
import io.coursedesk.enrolment.licences.LicenceSeats;
import io.coursedesk.enrolment.licences.StudentLinks;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.FieldError;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed-in student activates the invitation their mail's link carries: in one transaction the invitation is
 * accepted (if still open and of that mail's round), the student linked to the organisation with their recorded
 * results (if their link and results are still as read) and the seat the invitation held becomes theirs. So a token activates once, for one student, and
 * never makes a student record: the student is the caller's own, made when they signed up.
 */
@Singleton
public class AcceptInvitation {
    private static final String TOKEN = "token";

    private final ActivationLink activationLink;
    private final StudentInvitations invitations;
    private final StudentRepository students;
    private final StudentLinks studentLinks;
    private final LicenceSeats seats;
    private final Transactions transactions;
    private final Clock clock;

    public AcceptInvitation(ActivationLink activationLink, StudentInvitations invitations, StudentRepository students,
                            StudentLinks studentLinks, LicenceSeats seats, Transactions transactions, Clock clock) {
        this.activationLink = activationLink;
        this.invitations = invitations;
        this.students = students;
        this.studentLinks = studentLinks;
        this.seats = seats;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the accepted invitation */
    public StudentInvitation accept(Caller caller, String token) {
        return transactions.untilDone(() -> attempt(caller, token));
    }

    private StudentInvitation attempt(Caller caller, String token) {
        State state = activationLink.check(token);
        if (!caller.tenantId().equals(state.tenantId())) {
            throw ProblemException.invalid(TOKEN, "is not an invitation link of this provider");
        }
        StudentInvitation read = switch (state.outcome()) {
            case NOT_GENUINE -> throw ProblemException.invalid(TOKEN, "is not an invitation link of this provider");
            case EXPIRED -> throw gone("has expired: ask your contact person to send the invitation again");
            case REVOKED -> throw gone("was revoked by the organisation");
            case REPLACED -> throw gone("was replaced by a newer invitation mail: use the link in the latest mail");
            case USED -> throw ProblemException.conflict("This invitation has already been activated.", TOKEN,
                    "has already been used");
            case OPEN -> state.invitation();
        };
        StudentAsRead asRead = students.findForChange(caller.tenantId(), caller.studentId())
                .orElseThrow(() -> ProblemException.notFound("Student " + caller.studentId()));
        Student student = asRead.student();
        String organisationId = read.organisationId();
        Instant now = clock.instant();
        StudentInvitation accepted = read.acceptedBy(student.id(), now);
        List<TransactWriteItem> items = new ArrayList<>(List.of(invitations.replace(accepted, read),
                invitations.releaseInvitee(read)));
        if (organisationId.equals(student.organisationId()) && seats.holds(caller.tenantId(), organisationId, student.id())) {
            // already this organisation's student on a seat of their own: the invitation's seat is not needed
            items.add(seats.free(caller.tenantId(), organisationId));
        } else {
            items.add(seats.hold(caller.tenantId(), organisationId, student.id(), read.id(), now));
        }
        items.addAll(studentLinks.linkTo(asRead, organisationId, items.size()));
        return transactions.write(items).committed() ? accepted : null;
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(HttpStatus.GONE, "Gone", "This invitation link no longer works.",
                List.of(new FieldError(TOKEN, detail)));
    }
}
