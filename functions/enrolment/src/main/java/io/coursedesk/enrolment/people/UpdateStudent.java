package io.coursedesk.enrolment.people;

import io.coursedesk.shared.persistence.CandidateRepository;
import io.coursedesk.shared.persistence.TransactionWriter;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import java.util.ArrayList;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.enrolment.licences.StudentLinks;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Replaces a student's details; a new organisation takes their recorded results into its results list, and the
 * licence seat they held at the one they leave is freed ({@link StudentLinks}).
 */
@Singleton
public class UpdateStudent {
    private final StudentRequestValidator validator;
    private final StudentRepository students;
    private final StudentLinks studentLinks;
    private final CandidateRepository candidates;
    private final Transactions transactions;

    UpdateStudent(StudentRequestValidator validator, StudentRepository students, StudentLinks studentLinks,
                  CandidateRepository candidates, Transactions transactions) {
        this.validator = validator;
        this.students = students;
        this.studentLinks = studentLinks;
        this.candidates = candidates;
        this.transactions = transactions;
    }

    public Student update(Caller caller, String studentId, StudentRequest request) {
        return transactions.untilDone(() -> {
            StudentAsRead existing = students.findForChange(caller.tenantId(), studentId)
                    .orElseThrow(() -> ProblemException.notFound("Student " + studentId));
            Student updated = validator.validate(request, caller.tenantId(), studentId,
                    existing.student().createdAt());
            List<TransactWriteItem> items = new ArrayList<>(studentLinks.change(existing, updated, 0));
            if (!existing.student().firstName().equals(updated.firstName())
                    || !existing.student().lastName().equals(updated.lastName())) {
                // the candidate lists order and filter by name
                candidates.ofStudent(caller.tenantId(), studentId)
                        .forEach(link -> items.add(candidates.rename(link, updated)));
            }
            if (items.size() > TransactionWriter.MAX_ITEMS) {
                throw ProblemException.conflict("The change touches more than " + TransactionWriter.MAX_ITEMS
                        + " items at once; change the organisation and the name one at a time.");
            }
            return transactions.write(items).committed() ? updated : null;
        });
    }
}
