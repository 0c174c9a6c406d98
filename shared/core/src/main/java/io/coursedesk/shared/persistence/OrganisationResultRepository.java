package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.RecordedResult;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The organisations' results lists ({@link OrganisationResultItems}) and what a student's entries in one are. */
@Singleton
public class OrganisationResultRepository {
    /**
     * A list is read in this many ranges of student id at once; the boundaries split the hex digits that start every
     * id (random UUIDs), and the first and last range reach to either end, so any id falls in exactly one.
     */
    public static final int RANGES = 16;
    private static final String BOUNDARIES = "0123456789abcdef";
    /** Items a page: the ranges are read at once, so this bounds what their parsed pages hold together (fewer, larger
     * pages read faster from DynamoDB: 500 took 4.3 s for 100,000 entries in bench/export.sh, 2000 2.8 s). */
    private static final int PAGE = 2000;

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

    /** Hands every entry of one range ({@code 0} to {@link #RANGES}{@code  - 1}) of the organisation's list to rows. */
    public void forEachInRange(String tenantId, String organisationId, int range, Consumer<RecordedResult> rows) {
        String from = OrganisationResultItems.SK_PREFIX + (range == 0 ? "" : BOUNDARIES.charAt(range));
        String to = OrganisationResultItems.SK_PREFIX + (range == RANGES - 1 ? "\uffff" : BOUNDARIES.charAt(range + 1));
        reads.forEach(q -> q.limit(PAGE).keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                .expressionAttributeValues(Map.of(":pk", Item.s(OrganisationItems.pk(tenantId, organisationId)),
                        ":from", Item.s(from), ":to", Item.s(to))),
                item -> rows.accept(OrganisationResultItems.fromItem(item)));
    }
}
