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

import java.util.ArrayList;
import java.util.List;

/**
 * The items that change a student, link them to an organisation, move them to another or unlink them: their student
 * item (if their organisation, name and results are still as read), their recorded results moved in the
 * organisations' results lists when the organisation or the name changes ({@link StudentWrites}), so the
 * course-results export follows the student, and the licence seat they held at the organisation they leave, freed.
 */
@Singleton
public class StudentLinks {
    private final OrganisationResultRepository results;
    private final LicenceSeats seats;
    private final Table table;

    public StudentLinks(OrganisationResultRepository results, LicenceSeats seats, Table table) {
        this.results = results;
        this.seats = seats;
        this.table = table;
    }

    /**
     * @param organisationId the new organisation, null to unlink
     * @param otherItems     how many items the rest of the transaction holds
     * @throws ProblemException 409 when the student's results are more than one transaction can move
     */
    public List<TransactWriteItem> linkTo(StudentAsRead asRead, String organisationId, int otherItems) {
        return change(asRead, asRead.student().withOrganisation(organisationId), otherItems);
    }

    /** The same for any change of the student, their organisation among it or not. */
    public List<TransactWriteItem> change(StudentAsRead asRead, Student after, int otherItems) {
        Student before = asRead.student();
        String left = before.organisationId();
        List<TransactWriteItem> items = new ArrayList<>();
        if (left != null && !left.equals(after.organisationId()) && seats.holds(before.tenantId(), left, before.id())) {
            items.add(seats.release(before.tenantId(), left, before.id()));
            items.add(seats.free(before.tenantId(), left));
        }
        if (!StudentWrites.movesResults(before, after)) {
            items.addAll(StudentWrites.replace(table.name(), asRead, after, List.of()));
            return items;
        }
        List<RecordedResult> moved = results.recordedOf(before.tenantId(), before.id());
        int perResult = (left == null ? 0 : 1) + (after.organisationId() == null ? 0 : 1);
        if (1 + items.size() + moved.size() * perResult + otherItems > TransactionWriter.MAX_ITEMS) {
            throw ProblemException.conflict("The student has " + moved.size() + " recorded results, more than one "
                    + "change can move in the organisations' results lists.");
        }
        items.addAll(StudentWrites.replace(table.name(), asRead, after, moved));
        return items;
    }
}
