package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Removes a student nothing refers to: one with enrolments (of any status, they are the history of a course) or
 * certificates stays (409 naming them). A qualification holder is only made from a passed enrolment, so a student
 * without enrolments is no holder.
 */
@Singleton
public class RemoveStudent {
    private final StudentRepository students;
    private final EnrolmentRepository enrolments;
    private final CertificateRepository certificates;

    public RemoveStudent(StudentRepository students, EnrolmentRepository enrolments, CertificateRepository certificates) {
        this.students = students;
        this.enrolments = enrolments;
        this.certificates = certificates;
    }

    public void remove(Caller caller, String studentId) {
        String tenantId = caller.tenantId();
        students.find(tenantId, studentId).orElseThrow(() -> ProblemException.notFound("Student " + studentId));
        List<String> enrolled = enrolments.listByStudent(tenantId, studentId).stream().map(Enrolment::id).toList();
        if (!enrolled.isEmpty()) {
            throw ProblemException.conflict("The student has enrolments: " + String.join(", ", enrolled));
        }
        int certified = certificates.listByStudent(tenantId, studentId).size();
        if (certified > 0) {
            throw ProblemException.conflict("The student has " + certified + " certificates");
        }
        if (!students.remove(tenantId, studentId)) {
            throw ProblemException.notFound("Student " + studentId);
        }
    }
}
