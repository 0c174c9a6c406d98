package io.coursedesk.passes.documents;

import io.coursedesk.passes.holders.QualificationType;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one digital pass shows: one holder's one qualification. {@code expiryDate} (null: does not expire),
 * {@code personnelNumber} (the organisation's "extern nummer") and {@code reference} (the requester's "kenmerk")
 * may be null.
 */
public record PassContent(
        String providerName,
        String holderName,
        String qualificationNumber,
        String qualificationName,
        String code,
        QualificationType type,
        LocalDate examDate,
        LocalDate expiryDate,
        String personnelNumber,
        String reference,
        String verificationUrl) {

    public PassContent {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(qualificationNumber, "qualificationNumber");
        Objects.requireNonNull(qualificationName, "qualificationName");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(examDate, "examDate");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }

    /** The type as passes and file names show it. */
    public String typeName() {
        return type == QualificationType.DIPLOMA ? "Diploma" : "Certificaat";
    }
}
