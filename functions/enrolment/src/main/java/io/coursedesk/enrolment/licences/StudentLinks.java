package io.coursedesk.enrolment.licences;

import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationResultRepository;
import io.coursedesk.shared.persistence.StudentWrites;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TransactionWriter;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.Objects;

/**
 * The items that link a student to an organisation, or unlink them: their student item (if their organisation and
 * results are still as read) and their recorded results moved from the old organisation's results list to the new
 * one's ({@link StudentWrites}), so the course-results export follows the student.
 */
@Singleton
public class StudentLinks {
    private final OrganisationResultRepository results;
    private final Table table;

    public StudentLinks(OrganisationResultRepository results, Table table) {
        this.results = results;
        this.table = table;
    }

    /**
     * @param organisationId the new organisation, null to unlink
     * @param otherItems     how many items the rest of the transaction holds
     * @throws ProblemException 409 when the student's results are more than one transaction can move
     */
    public List<TransactWriteItem> linkTo(StudentAsRead asRead, String organisationId, int otherItems) {
        Student before = asRead.student();
        Student after = new Student(before.id(), before.tenantId(), before.firstName(), before.lastName(),
                before.email(), before.birthDate(), organisationId, before.createdAt());
        List<RecordedResult> moved = Objects.equals(before.organisationId(), organisationId) ? List.of()
                : results.recordedOf(before.tenantId(), before.id());
        int perResult = (before.organisationId() == null ? 0 : 1) + (organisationId == null ? 0 : 1);
        if (1 + moved.size() * perResult + otherItems > TransactionWriter.MAX_ITEMS) {
            throw ProblemException.conflict("The student has " + moved.size() + " recorded results, more than one "
                    + "change can move to another organisation.");
        }
        return StudentWrites.replace(table.name(), asRead, after, moved);
    }
}
