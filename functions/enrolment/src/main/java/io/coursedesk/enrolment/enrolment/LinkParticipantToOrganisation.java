package io.coursedesk.enrolment.enrolment;

import io.coursedesk.enrolment.licences.StudentLinks;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

/**
 * Links a participant who is not yet anyone's to a customer from within a course (manual 001, Klantenbestand:
 * "binnen cursussen, bijvoorbeeld als cursisten al in het systeem stonden maar nog niet toegewezen waren"). A
 * participant who already belongs to a customer is moved on the student, not here, so a click on a roster never
 * takes someone from one customer to another.
 */
@Singleton
public class LinkParticipantToOrganisation {
    private final EnrolmentLookup lookup;
    private final OrganisationRepository organisations;
    private final StudentRepository students;
    private final StudentLinks studentLinks;
    private final Transactions transactions;

    public LinkParticipantToOrganisation(EnrolmentLookup lookup, OrganisationRepository organisations,
                                     StudentRepository students, StudentLinks studentLinks,
                                     Transactions transactions) {
        this.lookup = lookup;
        this.organisations = organisations;
        this.students = students;
        this.studentLinks = studentLinks;
        this.transactions = transactions;
    }

    public Student link(Caller caller, String courseId, String enrolmentId, OrganisationLinkRequest request) {
        lookup.course(caller, courseId);
        Enrolment enrolment = lookup.enrolment(caller, courseId, enrolmentId);
        if (organisations.find(caller.tenantId(), request.organisationId()).isEmpty()) {
            throw ProblemException.invalid("organisationId", "is not a known organisation");
        }
        return transactions.untilDone(() -> {
            StudentAsRead participant = students.findForChange(caller.tenantId(), enrolment.studentId())
                    .orElseThrow(() -> ProblemException.notFound("Enrolment " + enrolmentId));
            String current = participant.student().organisationId();
            if (request.organisationId().equals(current)) {
                return participant.student();
            }
            if (current != null) {
                throw ProblemException.conflict("The participant already belongs to another customer; change that "
                        + "on the student.");
            }
            return transactions.write(studentLinks.linkTo(participant, request.organisationId(), 0)).committed()
                    ? participant.student().withOrganisation(request.organisationId()) : null;
        });
    }
}
