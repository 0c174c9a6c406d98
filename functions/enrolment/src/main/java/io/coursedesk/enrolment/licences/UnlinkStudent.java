package io.coursedesk.enrolment.licences;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
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
    private final LicenceSeats seats;
    private final Transactions transactions;

    public UnlinkStudent(StudentRepository students, StudentLinks studentLinks, LicenceSeats seats,
                         Transactions transactions) {
        this.students = students;
        this.studentLinks = studentLinks;
        this.seats = seats;
        this.transactions = transactions;
    }

    public void unlink(Caller caller, String organisationId, String studentId) {
        AccessPolicy.requireOrganisation(caller, organisationId, "Organisation " + organisationId);
        transactions.untilDone(() -> {
            StudentAsRead asRead = students.findForChange(caller.tenantId(), studentId)
                    .filter(s -> organisationId.equals(s.student().organisationId()))
                    .orElseThrow(() -> ProblemException.notFound("Student " + studentId));
            List<TransactWriteItem> items = new ArrayList<>();
            if (seats.holds(caller.tenantId(), organisationId, studentId)) {
                items.add(seats.release(caller.tenantId(), organisationId, studentId));
                items.add(seats.free(caller.tenantId(), organisationId));
            }
            items.addAll(studentLinks.linkTo(asRead, null, items.size()));
            return transactions.write(items).committed() ? asRead : null;
        });
    }
}
