package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;

import static io.coursedesk.reminders.ReminderWorld.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily run's course reminders, with the run's scheduled time as input: once per invited participant however
 * often it runs, caught up after missed days, never once the course started, by Amsterdam dates.
 */
class CourseRemindersTest {
    private static final LocalTime SEVEN = LocalTime.of(7, 0);
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private final ReminderWorld world = new ReminderWorld();

    @Test
    void eachInvitedParticipantIsRemindedOnceAndNobodyElse() throws Exception {
        world.courseRemindersOn(3);
        LocalDate day = LocalDate.of(world.year, 6, 10);
        Course course = world.course(day, NINE);
        Enrolment first = world.participant(course, true);
        Enrolment second = world.participant(course, true);
        world.participant(course, false);
        world.enrol(course, EnrolmentStatus.CANCELLED, true);
        world.enrol(course, EnrolmentStatus.WAITLISTED, true);

        JsonNode early = world.run(amsterdam(day.minusDays(4), SEVEN));
        assertThat(world.remindedEnrolments()).isEmpty();
        JsonNode due = world.run(amsterdam(day.minusDays(3), SEVEN));
        JsonNode again = world.run(amsterdam(day.minusDays(3), SEVEN));
        JsonNode nextDay = world.run(amsterdam(day.minusDays(2), SEVEN));

        assertThat(early.path("due").asInt()).isZero();
        assertThat(due.path("due").asInt()).isEqualTo(2);
        assertThat(due.path("published").asInt()).isEqualTo(2);
        assertThat(again.path("published").asInt()).isZero();
        assertThat(nextDay.path("published").asInt()).isZero();
        assertThat(world.remindedEnrolments()).containsExactlyInAnyOrder(first.id(), second.id());
        PublishedEvent event = world.aws.eventBus().published().stream()
                .filter(e -> e.detail().path("enrolmentId").asText().equals(first.id())).findFirst().orElseThrow();
        assertThat(event.source()).isEqualTo("coursedesk.reminders");
        assertThat(event.detail().path("eventId").asText())
                .isEqualTo("CourseReminderDue:" + course.id() + ":" + first.id() + ":" + day);
        assertThat(event.detail().path("studentId").asText()).isEqualTo(first.studentId());
        assertThat(event.detail().path("courseId").asText()).isEqualTo(course.id());
        assertThat(event.detail().path("daysBefore").asInt()).isEqualTo(3);
        assertThat(event.detail().path("templateId").isNull()).isTrue();
    }

    @Test
    void aRunAfterThreeSkippedDaysCatchesUpOnce() throws Exception {
        world.courseRemindersOn(3);
        LocalDate day = LocalDate.of(world.year, 9, 20);
        Enrolment participant = world.participant(world.course(day, NINE), true);

        world.run(amsterdam(day.minusDays(4), SEVEN));
        // the runs of day - 3 and day - 2 never came
        JsonNode late = world.run(amsterdam(day.minusDays(1), SEVEN));
        JsonNode onTheDay = world.run(amsterdam(day, SEVEN));

        assertThat(late.path("published").asInt()).isEqualTo(1);
        assertThat(onTheDay.path("published").asInt()).isZero();
        assertThat(world.remindedEnrolments()).containsExactly(participant.id());
    }

    @Test
    void aCourseThatHasStartedGetsNoReminder() throws Exception {
        world.courseRemindersOn(2);
        LocalDate day = LocalDate.of(world.year, 11, 4);
        Enrolment early = world.participant(world.course(day, LocalTime.of(6, 30)), true);
        Enrolment later = world.participant(world.course(day, NINE), true);
        Enrolment afterwards = world.participant(world.course(day.minusDays(1), NINE), true);

        // every run from two days before was missed; this one fires at 07:00 on the day
        world.run(amsterdam(day, SEVEN));

        assertThat(world.remindedEnrolments()).containsExactly(later.id()).doesNotContain(early.id(), afterwards.id());
    }

    @Test
    void aProviderWithCourseRemindersOffGetsNone() throws Exception {
        LocalDate day = LocalDate.of(world.year, 5, 5);
        world.participant(world.course(day, NINE), true);

        world.run(amsterdam(day.minusDays(1), SEVEN));

        assertThat(world.remindedEnrolments()).isEmpty();
    }

    /**
     * The reminder of a course on the Tuesday after a clock change, two days ahead, is due from Sunday (the day of
     * the change) 00:00 in Amsterdam: at 23:30 on Saturday nothing, at 00:30 on Sunday (still Saturday in UTC) it is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"MARCH", "OCTOBER"})
    void theDueDayIsTheAmsterdamDayAcrossAClockChange(Month month) throws Exception {
        world.courseRemindersOn(2);
        LocalDate changeDay = world.clockChange(month);
        Enrolment participant = world.participant(world.course(changeDay.plusDays(2), NINE), true);

        List<List<String>> reminded = world.runAroundMidnightBefore(changeDay, world::remindedEnrolments);

        assertThat(reminded.get(0)).isEmpty();
        assertThat(reminded.get(1)).containsExactly(participant.id());
    }
}
