package io.coursedesk.passes.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What an attendance certificate says. {@code providerName} is null for a white-label course (no provider
 * branding); {@code birthDate} and {@code location} may be null.
 */
public record AttendanceCertificate(String providerName, String studentName, LocalDate birthDate, String courseType,
                                    List<LocalDate> dates, String location, LocalDate issuedOn) {

    public AttendanceCertificate {
        dates = List.copyOf(dates);
    }
}
