package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Certificate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Certificate items live in the student's partition: {@code PK=T#<t>#STUDENT#<s>, SK=CERTIFICATE#<e>};
 * those that expire are on GSI1 {@code T#<t>#CERTIFICATES} by expiry date, for the expiry reminders. One recorded
 * when its expiry date is so near that the reminders may have read past it already is also on GSI2
 * {@link #RECORDED_LATE} ({@code <recorded date>#<t>#<s>#<e>}) until the reminders' run took it in.
 */
public final class CertificateItems {
    public static final String SK_PREFIX = "CERTIFICATE#";
    public static final String RECORDED_LATE = "CERTIFICATES_RECORDED_LATE";
    /** The longest reminder window (an expiry reminder's {@code weeksBefore} is at most 26). */
    static final int REMINDER_HORIZON_WEEKS = 26;

    private CertificateItems() {
    }

    public static Map<String, AttributeValue> key(String tenantId, String studentId, String enrolmentId) {
        return TableReads.key(StudentItems.pk(tenantId, studentId), SK_PREFIX + enrolmentId);
    }

    public static String expiryListing(String tenantId) {
        return Keys.collection(tenantId, "CERTIFICATES");
    }

    /**
     * The item of a certificate recorded on {@code recordedOn} (Europe/Amsterdam): on {@link #RECORDED_LATE} when it
     * expires within the longest reminder window from then.
     */
    public static Map<String, AttributeValue> toItem(Certificate certificate, LocalDate recordedOn) {
        Map<String, AttributeValue> item = new HashMap<>(toItem(certificate));
        if (certificate.expiryDate() != null
                && !certificate.expiryDate().isAfter(recordedOn.plusWeeks(REMINDER_HORIZON_WEEKS))) {
            item.put(Table.GSI2_PK, Item.s(RECORDED_LATE));
            item.put(Table.GSI2_SK, Item.s(recordedOn + "#" + certificate.tenantId() + "#" + certificate.studentId()
                    + "#" + certificate.enrolmentId()));
        }
        return item;
    }

    public static Map<String, AttributeValue> toItem(Certificate certificate) {
        Item item = Item.of(new HashMap<>(key(certificate.tenantId(), certificate.studentId(), certificate.enrolmentId())))
                .with("tenantId", certificate.tenantId())
                .with("studentId", certificate.studentId())
                .with("enrolmentId", certificate.enrolmentId())
                .with("courseId", certificate.courseId())
                .with("courseType", certificate.courseType())
                .with("issuedOn", certificate.issuedOn())
                .with("expiryDate", certificate.expiryDate());
        if (certificate.expiryDate() != null) {
            item.with(Table.GSI1_PK, expiryListing(certificate.tenantId()))
                    .with(Table.GSI1_SK, certificate.expiryDate() + "#" + certificate.studentId() + "#" + certificate.enrolmentId());
        }
        return item.attributes();
    }

    public static Certificate fromItem(Item item) {
        return new Certificate(item.string("tenantId"), item.string("studentId"), item.string("enrolmentId"),
                item.string("courseId"), item.string("courseType"), item.date("issuedOn"), item.date("expiryDate"));
    }
}
