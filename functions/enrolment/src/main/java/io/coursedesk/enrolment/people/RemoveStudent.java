package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.enrolment.licences.LicenceSeats;
import io.coursedesk.shared.domain.Candidate;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CandidateRepository;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Removes a student nothing refers to: one with enrolments (of any status, they are the history of a course) or
 * certificates stays (409 naming them), and so does a candidate of an organisation or the holder of an
 * organisation's licence seat (unlinked first, so the list and the seat count stay true). A qualification holder is only made from a passed enrolment, so a student
 * without enrolments is no holder.
 */
@Singleton
public class RemoveStudent {
    private final StudentRepository students;
    private final EnrolmentRepository enrolments;
    private final CertificateRepository certificates;
    private final CandidateRepository candidates;
    private final LicenceSeats seats;

    public RemoveStudent(StudentRepository students, EnrolmentRepository enrolments, CertificateRepository certificates,
                         CandidateRepository candidates, LicenceSeats seats) {
        this.students = students;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.candidates = candidates;
        this.seats = seats;
    }

    public void remove(Caller caller, String studentId) {
        String tenantId = caller.tenantId();
        Student student = students.find(tenantId, studentId)
                .orElseThrow(() -> ProblemException.notFound("Student " + studentId));
        List<String> enrolled = enrolments.listByStudent(tenantId, studentId).stream().map(Enrolment::id).toList();
        if (!enrolled.isEmpty()) {
            throw ProblemException.conflict("The student has enrolments: " + String.join(", ", enrolled));
        }
        int certified = certificates.listByStudent(tenantId, studentId).size();
        if (certified > 0) {
            throw ProblemException.conflict("The student has " + certified + " certificates");
        }
        List<String> candidacies = candidates.ofStudent(tenantId, studentId).stream()
                .map(Candidate::organisationId).toList();
        if (!candidacies.isEmpty()) {
            throw ProblemException.conflict("The student is a candidate of organisations " + String.join(", ", candidacies)
                    + "; unlink them there first");
        }
        if (student.organisationId() != null && seats.holds(tenantId, student.organisationId(), studentId)) {
            throw ProblemException.conflict("The student holds a licence seat of organisation "
                    + student.organisationId() + "; unlink them there first");
        }
        if (!students.remove(tenantId, studentId)) {
            throw ProblemException.notFound("Student " + studentId);
        }
    }
}
