package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Certificate;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

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

    /** Certificates of the provider expiring from {@code from} to {@code to}, both inclusive, by expiry date. */
    public List<Certificate> expiringBetween(String tenantId, LocalDate from, LocalDate to) {
        return reads.indexDays(CertificateItems.expiryListing(tenantId), from, to).stream()
                .map(CertificateItems::fromItem).toList();
    }
}
