package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationResultRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.StudentWrites;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;

/** Replaces a student's details; a new organisation takes their recorded results into its results list. */
@Singleton
public class UpdateStudent {
    private final StudentRequestValidator validator;
    private final StudentRepository students;
    private final OrganisationResultRepository results;
    private final Transactions transactions;

    UpdateStudent(StudentRequestValidator validator, StudentRepository students, OrganisationResultRepository results,
                  Transactions transactions) {
        this.validator = validator;
        this.students = students;
        this.results = results;
        this.transactions = transactions;
    }

    public Student update(Caller caller, String studentId, StudentRequest request) {
        return transactions.untilDone(() -> {
            StudentAsRead existing = students.findForChange(caller.tenantId(), studentId)
                    .orElseThrow(() -> ProblemException.notFound("Student " + studentId));
            Student updated = validator.validate(request, caller.tenantId(), studentId,
                    existing.student().createdAt());
            List<RecordedResult> moved = Objects.equals(existing.student().organisationId(), updated.organisationId())
                    ? List.of() : results.recordedOf(caller.tenantId(), studentId);
            if (moved.size() > StudentWrites.MAX_RESULTS_MOVED) {
                throw ProblemException.conflict("The student has more than " + StudentWrites.MAX_RESULTS_MOVED
                        + " recorded results, more than one change can move to another organisation.");
            }
            return transactions.write(StudentWrites.replace(transactions.tableName(), existing, updated, moved))
                    .committed() ? updated : null;
        });
    }
}
