package io.coursedesk.shared.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Issued when a participant passes; one per enrolment.
 *
 * @param expiryDate null when the course's certificates do not expire
 */
public record Certificate(String tenantId, String studentId, String enrolmentId, String courseId,
                          String courseType, LocalDate issuedOn, LocalDate expiryDate) {

    /** Whether {@code other} renews this one: a certificate of the same course type issued later. */
    public boolean isRenewedBy(Certificate other) {
        return courseType.equals(other.courseType) && !enrolmentId.equals(other.enrolmentId)
                && other.issuedOn.isAfter(issuedOn);
    }

    /**
     * Whether its expiry reminder may go out on {@code today} (Europe/Amsterdam): it expires, not before today, and
     * none of the student's {@code certificates} renews it.
     */
    public boolean mayBeRemindedOn(LocalDate today, Collection<Certificate> certificates) {
        return expiryDate != null && !today.isAfter(expiryDate) && certificates.stream().noneMatch(this::isRenewedBy);
    }

    /**
     * Whether a reminder about the certificate of {@code enrolmentId} expiring on {@code expiryDate} may still go out
     * on {@code today}, given all the student's {@code certificates}: it is still among them with that expiry date
     * and {@link #mayBeRemindedOn} holds.
     */
    public static boolean reminderStillDue(Collection<Certificate> certificates, String enrolmentId,
                                           LocalDate expiryDate, LocalDate today) {
        return certificates.stream().anyMatch(certificate -> certificate.enrolmentId.equals(enrolmentId)
                && expiryDate.equals(certificate.expiryDate) && certificate.mayBeRemindedOn(today, certificates));
    }
}
