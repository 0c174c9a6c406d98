package io.coursedesk.enrolment.licences;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;

/**
 * "Verwijder cursist uit contract": ends a student's link to the organisation in one transaction with the seat they
 * held, which is freed, and their recorded results leave the organisation's results list. The student record, enrolments, results and certificates stay the student's; the
 * organisation's contact no longer sees them.
 */
@Singleton
public class UnlinkStudent {
    private final StudentRepository students;
    private final StudentLinks studentLinks;
    private final Transactions transactions;

    public UnlinkStudent(StudentRepository students, StudentLinks studentLinks,
                         Transactions transactions) {
        this.students = students;
        this.studentLinks = studentLinks;
        this.transactions = transactions;
    }

    public void unlink(Caller caller, String organisationId, String studentId) {
        AccessPolicy.requireOrganisation(caller, organisationId, "Organisation " + organisationId);
        transactions.untilDone(() -> {
            StudentAsRead asRead = students.findForChange(caller.tenantId(), studentId)
                    .filter(s -> organisationId.equals(s.student().organisationId()))
                    .orElseThrow(() -> ProblemException.notFound("Student " + studentId));
            return transactions.write(studentLinks.linkTo(asRead, null, 0)).committed() ? asRead : null;
        });
    }
}
