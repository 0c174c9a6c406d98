package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Certificate;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Singleton
public class CertificateRepository {
    private final TableReads reads;

    public CertificateRepository(TableReads reads) {
        this.reads = reads;
    }

    public List<Certificate> listByStudent(String tenantId, String studentId) {
        return reads.partition(StudentItems.pk(tenantId, studentId), CertificateItems.SK_PREFIX).stream()
                .map(CertificateItems::fromItem).toList();
    }

    /** Certificates of the provider expiring from {@code from} to {@code to}, both inclusive, by expiry date. */
    public List<Certificate> expiringBetween(String tenantId, LocalDate from, LocalDate to) {
        return reads.query(q -> q.indexName(Table.GSI1)
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", Table.GSI1_PK, "#sk", Table.GSI1_SK))
                        .expressionAttributeValues(Map.of(":pk", Item.s(CertificateItems.expiryListing(tenantId)),
                                ":from", Item.s(from.toString()), ":to", Item.s(to + "#\uffff"))))
                .stream().map(CertificateItems::fromItem).toList();
    }
}
