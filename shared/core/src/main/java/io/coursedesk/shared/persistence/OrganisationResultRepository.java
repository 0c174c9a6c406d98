package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The organisations' results lists ({@link OrganisationResultItems}) and what a student's entries in one are. */
@Singleton
public class OrganisationResultRepository {
    /** Items a page: fewer, larger pages read faster from DynamoDB (a chunk of the export is about one). */
    private static final int PAGE = 2000;
    /** Only what an entry needs: the ids are in the sort key. */
    private static final String PROJECTION = "#sk, #course, #firstDay, #present, #passed, #expiry";
    private static final Map<String, String> NAMES = Map.of("#pk", Table.PK, "#sk", Table.SK,
            "#course", OrganisationResultItems.COURSE_ID, "#firstDay", OrganisationResultItems.COURSE_FIRST_DAY,
            "#present", OrganisationResultItems.PRESENT, "#passed", OrganisationResultItems.PASSED,
            "#expiry", OrganisationResultItems.CERTIFICATE_EXPIRY);

    private final TableReads reads;
    private final EnrolmentRepository enrolments;
    private final CertificateRepository certificates;

    public OrganisationResultRepository(TableReads reads, EnrolmentRepository enrolments,
                                        CertificateRepository certificates) {
        this.reads = reads;
        this.enrolments = enrolments;
        this.certificates = certificates;
    }

    /** The student's recorded results, each with its certificate's expiry, as their organisation's list holds them. */
    public List<RecordedResult> recordedOf(String tenantId, String studentId) {
        List<Enrolment> recorded = enrolments.listByStudent(tenantId, studentId).stream()
                .filter(e -> RecordedResult.of(e, null).isPresent()).toList();
        Map<String, Certificate> issued = certificates.findByEnrolments(tenantId,
                recorded.stream().filter(e -> Boolean.TRUE.equals(e.passed())).toList());
        return recorded.stream().map(e -> RecordedResult.of(e,
                Optional.ofNullable(issued.get(e.id())).map(Certificate::expiryDate).orElse(null)).orElseThrow()).toList();
    }

    /**
     * Hands the entries of the organisation's list whose course began on {@code from} or later to {@code rows}, in
     * the order of its students' names. DynamoDB still reads the whole list, but sends only those (a filter).
     */
    public void forEachSince(String tenantId, String organisationId, LocalDate from, Consumer<RecordedResult> rows) {
        forEachEntry(q -> q.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .filterExpression("#firstDay >= :from")
                .expressionAttributeValues(Map.of(":pk", Item.s(OrganisationItems.pk(tenantId, organisationId)),
                        ":prefix", Item.s(OrganisationResultItems.SK_PREFIX), ":from", Item.s(from.toString()))), rows);
    }

    /**
     * Hands the list's entries of the students from {@code first} to {@code last} in the organisation's listing of
     * students by name (any entries sorting between them) to {@code rows}, in name order.
     */
    public void forEachOfStudents(String tenantId, String organisationId, Student first, Student last,
                                  Consumer<RecordedResult> rows) {
        // ids, the end of every name key, hold only characters above '#', so "#\uffff" follows the last's entries
        forEachEntry(q -> q.keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", Item.s(OrganisationItems.pk(tenantId, organisationId)),
                        ":from", Item.s(OrganisationResultItems.SK_PREFIX + StudentItems.byName(first)),
                        ":to", Item.s(OrganisationResultItems.SK_PREFIX + StudentItems.byName(last) + "#\uffff"))), rows);
    }

    /** The query's entries, in pages of {@value #PAGE}, read with only what an entry needs. */
    private void forEachEntry(Consumer<QueryRequest.Builder> query, Consumer<RecordedResult> rows) {
        reads.forEach(q -> query.accept(q.limit(PAGE).projectionExpression(PROJECTION).expressionAttributeNames(NAMES)),
                item -> rows.accept(OrganisationResultItems.fromItem(item)));
    }
}
