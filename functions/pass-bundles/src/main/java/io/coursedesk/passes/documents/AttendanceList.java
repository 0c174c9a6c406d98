package io.coursedesk.passes.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A course's printable attendance list. {@code providerName} is null for a white-label course (no provider
 * branding); a participant's {@code organisation} and {@code birthDate} may be null.
 */
public record AttendanceList(String providerName, String courseType, List<LocalDate> dates, String location,
                             List<Participant> participants) {

    public AttendanceList {
        dates = List.copyOf(dates);
        participants = List.copyOf(participants);
    }

    public record Participant(String name, String organisation, LocalDate birthDate) {
    }
}
