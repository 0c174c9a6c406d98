package io.coursedesk.reminders.course;

import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which course reminders were sent: one claim item per enrolment and first day in the course's partition
 * ({@code PK=T#<t>#COURSE#<c>, SK=REMINDER#COURSE#<enrolmentId>#<firstDay>}, written by
 * {@link io.coursedesk.reminders.schedule.ReminderClaims}), so a reminder is published once however often the
 * schedule runs.
 */
@Singleton
public class CourseReminderClaims {
    private static final String PREFIX = "REMINDER#COURSE#";

    private final TableReads reads;

    public CourseReminderClaims(TableReads reads) {
        this.reads = reads;
    }

    /** The sort keys of the course's claimed reminders (one query on its partition). */
    Set<String> claimed(String tenantId, String courseId) {
        return reads.partition(CourseItems.pk(tenantId, courseId), PREFIX).stream()
                .map(item -> item.string(Table.SK)).collect(Collectors.toSet());
    }

    static String sortKey(String enrolmentId, LocalDate firstDay) {
        return PREFIX + enrolmentId + "#" + firstDay;
    }
}
