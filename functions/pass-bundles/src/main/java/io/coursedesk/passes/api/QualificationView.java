package io.coursedesk.passes.api;

import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationStatus;
import io.coursedesk.passes.holders.QualificationType;
import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** A qualification as the API shows it, with its status as of today. */
@Introspected
public record QualificationView(String qualificationId, String name, String code, QualificationType type,
                                String examType, String examNumber, LocalDate examDate, LocalDate expiryDate,
                                QualificationStatus status) {

    static QualificationView of(Qualification q, LocalDate today) {
        return new QualificationView(q.qualificationId(), q.name(), q.code(), q.type(), q.examType(), q.examNumber(),
                q.examDate(), q.expiryDate(), q.status(today));
    }
}
