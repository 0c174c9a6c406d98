package io.coursedesk.passes.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one digital pass shows: one holder's one qualification. {@code personnelNumber} (the organisation's
 * "extern nummer") and {@code reference} (the requester's "kenmerk") may be null.
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
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
