package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.RecordedResult;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
public class CertificateRepository {
    private final TableReads reads;

    public CertificateRepository(TableReads reads) {
        this.reads = reads;
    }

    public List<Certificate> listByStudent(String tenantId, String studentId) {
        return reads.all(ofStudent(tenantId, studentId)).stream().map(CertificateItems::fromItem).toList();
    }

    /** A page of the student's certificates, in key order (by course). */
    public Slice<Certificate, PagePosition> pageByStudent(String tenantId, String studentId, int limit,
                                                           PagePosition after) {
        return reads.page(ofStudent(tenantId, studentId), CertificateItems::fromItem, limit, after);
    }

    private static PageQuery ofStudent(String tenantId, String studentId) {
        return PageQuery.partition(StudentItems.pk(tenantId, studentId), CertificateItems.SK_PREFIX);
    }

    /** The certificates these enrolments issued (each one's student and enrolment id make its key), by enrolment id. */
    public Map<String, Certificate> findByEnrolments(String tenantId, Collection<Enrolment> enrolments) {
        return findByKeys(enrolments.stream().map(e -> CertificateItems.key(tenantId, e.studentId(), e.id())).toList());
    }

    /** The certificates these recorded results issued, by enrolment id. */
    public Map<String, Certificate> findByResults(String tenantId, Collection<RecordedResult> results) {
        return findByKeys(results.stream()
                .map(r -> CertificateItems.key(tenantId, r.studentId(), r.enrolmentId())).toList());
    }

    private Map<String, Certificate> findByKeys(List<Map<String, AttributeValue>> keys) {
        return reads.batchGet(keys).stream().map(CertificateItems::fromItem)
                .collect(Collectors.toMap(Certificate::enrolmentId, Function.identity()));
    }

    /** Certificates of the provider expiring from {@code from} to {@code to}, both inclusive, by expiry date. */
    public List<Certificate> expiringBetween(String tenantId, LocalDate from, LocalDate to) {
        return reads.indexDays(CertificateItems.expiryListing(tenantId), from, to).stream()
                .map(CertificateItems::fromItem).toList();
    }
}
