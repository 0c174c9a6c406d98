package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.coursedesk.reminders.ReminderWorld.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily run's certificate reminders: due {@code weeksBefore} weeks before the expiry date (Amsterdam days), once
 * however often or late the run comes, caught up after missed days, never after the expiry date.
 */
class CertificateRemindersTest {
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    private final ReminderWorld world = new ReminderWorld();

    @Test
    void aCertificateIsRemindedOnceFromTheDayItsWeeksBeforeBegin() throws Exception {
        world.certificateRemindersOn(4);
        LocalDate expiry = LocalDate.of(world.year, 6, 10);
        String studentId = Ids.newId();
        Certificate certificate = world.certificate(studentId, "BHV", expiry.minusYears(1), expiry);
        world.certificate(studentId, "EHBO", expiry.minusYears(1), expiry.plusDays(1));

        JsonNode early = world.run(amsterdam(expiry.minusDays(29), SEVEN));
        assertThat(world.remindedCertificates()).isEmpty();
        JsonNode due = world.run(amsterdam(expiry.minusDays(28), SEVEN));
        JsonNode again = world.run(amsterdam(expiry.minusDays(28), SEVEN));
        JsonNode afterwards = world.run(amsterdam(expiry.minusDays(20), SEVEN));

        assertThat(early.path("due").asInt()).isZero();
        assertThat(due.path("published").asInt()).isEqualTo(1);
        assertThat(again.path("due").asInt()).isZero();
        assertThat(afterwards.path("published").asInt()).isEqualTo(1);
        assertThat(world.remindedCertificates()).hasSize(2).containsOnlyOnce(certificate.enrolmentId());
        PublishedEvent event = world.aws.eventBus().published().stream()
                .filter(e -> e.detail().path("enrolmentId").asText().equals(certificate.enrolmentId()))
                .findFirst().orElseThrow();
        assertThat(event.source()).isEqualTo("coursedesk.reminders");
        assertThat(event.detailType()).isEqualTo("CertificateReminderDue");
        assertThat(event.detail().path("eventId").asText())
                .isEqualTo("CertificateReminderDue:" + studentId + ":" + certificate.enrolmentId() + ":" + expiry);
        assertThat(event.detail().path("studentId").asText()).isEqualTo(studentId);
        assertThat(event.detail().path("courseType").asText()).isEqualTo("BHV");
        assertThat(event.detail().path("expiryDate").asText()).isEqualTo(expiry.toString());
        assertThat(event.detail().path("weeksBefore").asInt()).isEqualTo(4);
        assertThat(event.detail().path("templateId").isNull()).isTrue();
    }

    @Test
    void aRunAfterThreeSkippedDaysCatchesUpEachMissedDayOnce() throws Exception {
        world.certificateRemindersOn(2);
        LocalDate day = LocalDate.of(world.year, 9, 1);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            expected.add(world.certificate(Ids.newId(), "VCA", day.minusYears(1), day.plusWeeks(2).plusDays(i))
                    .enrolmentId());
        }

        JsonNode first = world.run(amsterdam(day, SEVEN));
        // the runs of day + 1, + 2 and + 3 never came
        JsonNode late = world.run(amsterdam(day.plusDays(4), SEVEN));
        JsonNode next = world.run(amsterdam(day.plusDays(5), SEVEN));

        assertThat(first.path("published").asInt()).isEqualTo(1);
        assertThat(late.path("published").asInt()).isEqualTo(4);
        assertThat(next.path("due").asInt()).isZero();
        assertThat(world.remindedCertificates()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void noReminderAfterTheExpiryDateEvenForARunThatCatchesUp() throws Exception {
        LocalDate day = LocalDate.of(world.year, 3, 15);
        Certificate expired = world.certificate(Ids.newId(), "BHV", day.minusYears(1), day.minusDays(1));
        Certificate expiresToday = world.certificate(Ids.newId(), "BHV", day.minusYears(1), day);
        world.certificateRemindersOn(1);

        world.run(amsterdam(day, SEVEN));

        assertThat(world.remindedCertificates()).containsExactly(expiresToday.enrolmentId())
                .doesNotContain(expired.enrolmentId());
    }

    @Test
    void twoRunsAtOnceRemindEachCertificateOnce() throws Exception {
        world.certificateRemindersOn(3);
        LocalDate day = LocalDate.of(world.year, 4, 20);
        for (int i = 0; i < 20; i++) {
            world.certificate(Ids.newId(), "BHV", day.minusYears(1), day.plusWeeks(3));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonNode> run = () -> world.run(amsterdam(day, SEVEN));
            List<Future<JsonNode>> runs = pool.invokeAll(List.of(run, run));

            int published = runs.get(0).get().path("published").asInt() + runs.get(1).get().path("published").asInt();
            assertThat(published).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(world.remindedCertificates()).hasSize(20).doesNotHaveDuplicates();
    }

    /**
     * A course with a fixed expiry date can give a certificate expiring within the weeks the runs already read (here
     * three weeks ahead, four weeks read): the next run reminds it once; one expiring beyond what was read is left to
     * the runs that will read it, once too; one of a provider with the reminders off gets none.
     */
    @Test
    void aCertificateRecordedAfterTheRunsReadPastItsExpiryDateIsRemindedOnceByTheNextRun() throws Exception {
        world.certificateRemindersOn(4);
        ReminderWorld remindersOff = new ReminderWorld();
        LocalDate day = LocalDate.of(world.year, 4, 7);
        world.run(amsterdam(day, SEVEN));
        String studentId = Ids.newId();
        Certificate behind = world.recordedCertificate(studentId, "BHV", day, day.plusWeeks(3), day.plusDays(1));
        Certificate ahead = world.recordedCertificate(studentId, "VCA", day, day.plusWeeks(6), day.plusDays(1));
        Certificate off = remindersOff.recordedCertificate(Ids.newId(), "BHV", day, day.plusWeeks(3), day.plusDays(1));
        assertThat(world.certificateItem(behind)).containsKey(Table.GSI2_PK);

        world.run(amsterdam(day.plusDays(1), SEVEN));
        assertThat(world.remindedCertificates()).containsExactly(behind.enrolmentId());
        world.run(amsterdam(day.plusDays(2), SEVEN));
        world.run(amsterdam(day.plusWeeks(2), SEVEN));

        assertThat(world.remindedCertificates()).containsExactlyInAnyOrder(behind.enrolmentId(), ahead.enrolmentId());
        assertThat(remindersOff.remindedCertificates()).isEmpty();
        assertThat(world.certificateItem(behind)).doesNotContainKeys(Table.GSI2_PK, Table.GSI2_SK);
        assertThat(world.certificateItem(ahead)).doesNotContainKeys(Table.GSI2_PK, Table.GSI2_SK);
        assertThat(remindersOff.certificateItem(off)).doesNotContainKeys(Table.GSI2_PK, Table.GSI2_SK);
        Certificate far = world.recordedCertificate(studentId, "EHBO", day, day.plusWeeks(27), day);
        assertThat(world.certificateItem(far)).as("beyond every reminder window").doesNotContainKey(Table.GSI2_PK);
    }

    @Test
    void aProviderWithCertificateRemindersOffGetsNone() throws Exception {
        world.courseRemindersOn(3);
        LocalDate day = LocalDate.of(world.year, 5, 5);
        world.certificate(Ids.newId(), "BHV", day.minusYears(1), day.plusWeeks(4));

        world.run(amsterdam(day, SEVEN));

        assertThat(world.remindedCertificates()).isEmpty();
    }

    /**
     * Expiring on the Sunday one week after a clock change, one week ahead: the reminder is due from the Sunday of the
     * change 00:00 in Amsterdam; at 23:30 on Saturday nothing, at 00:30 on Sunday (still Saturday in UTC) it is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"MARCH", "OCTOBER"})
    void theDueDayIsTheAmsterdamDayAcrossAClockChange(Month month) throws Exception {
        world.certificateRemindersOn(1);
        LocalDate changeDay = world.clockChange(month);
        Certificate certificate = world.certificate(Ids.newId(), "BHV", changeDay.minusYears(1), changeDay.plusWeeks(1));

        List<List<String>> reminded = world.runAroundMidnightBefore(changeDay, world::remindedCertificates);

        assertThat(reminded.get(0)).isEmpty();
        assertThat(reminded.get(1)).containsExactly(certificate.enrolmentId());
    }
}
