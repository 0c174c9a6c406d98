package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.shared.domain.Ids;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.coursedesk.reminders.ReminderWorld.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily run's customer reminders: {@code weeksBefore} weeks before a month begins, one per organisation listing its
 * students' certificates expiring in that month, once however often or late the run comes.
 */
class CustomerRemindersTest {
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    private final ReminderWorld world = new ReminderWorld();

    @Test
    void eachOrganisationIsRemindedOnceOfItsCertificatesExpiringInTheMonth() throws Exception {
        world.customerRemindersOn(2);
        LocalDate june = LocalDate.of(world.year, 6, 1);
        String organisationA = Ids.newId();
        String organisationB = Ids.newId();
        String a1 = world.student(organisationA);
        String a2 = world.student(organisationA);
        String b1 = world.student(organisationB);
        String a1June = world.certificate(a1, "BHV", june.minusYears(1), june.withDayOfMonth(10)).enrolmentId();
        String a2June = world.certificate(a2, "VCA", june.minusYears(1), june.withDayOfMonth(30)).enrolmentId();
        world.certificate(a1, "EHBO", june.minusYears(1), june.plusMonths(1));
        String b1June = world.certificate(b1, "BHV", june.minusYears(1), june).enrolmentId();
        world.certificate(world.student(null), "BHV", june.minusYears(1), june.withDayOfMonth(12));

        JsonNode early = world.run(amsterdam(june.minusWeeks(2).minusDays(1), SEVEN));
        assertThat(world.customerReminders()).isEmpty();
        JsonNode due = world.run(amsterdam(june.minusWeeks(2), SEVEN));
        JsonNode again = world.run(amsterdam(june.minusWeeks(2), SEVEN));
        JsonNode nextDay = world.run(amsterdam(june.minusWeeks(2).plusDays(1), SEVEN));

        assertThat(early.path("due").asInt()).isZero();
        assertThat(due.path("published").asInt()).isEqualTo(2);
        assertThat(again.path("due").asInt()).isZero();
        assertThat(nextDay.path("due").asInt()).isZero();
        Map<String, List<String>> listed = world.customerReminders().stream().collect(Collectors.toMap(
                event -> event.path("organisationId").asText(),
                event -> event.path("certificates").findValuesAsText("enrolmentId")));
        assertThat(listed).containsOnlyKeys(organisationA, organisationB);
        assertThat(listed.get(organisationA)).containsExactlyInAnyOrder(a1June, a2June);
        assertThat(listed.get(organisationB)).containsExactly(b1June);
        JsonNode event = world.customerReminders().stream()
                .filter(e -> e.path("organisationId").asText().equals(organisationB)).findFirst().orElseThrow();
        assertThat(event.path("eventId").asText()).isEqualTo("CustomerReminderDue:" + organisationB + ":"
                + world.year + "-06");
        assertThat(event.path("month").asText()).isEqualTo(world.year + "-06");
        assertThat(event.path("weeksBefore").asInt()).isEqualTo(2);
    }

    @Test
    void aRunAfterMissedDaysCatchesUpTheMonthOnce() throws Exception {
        world.customerRemindersOn(1);
        LocalDate march = LocalDate.of(world.year, 3, 1);
        String organisation = Ids.newId();
        String expiring = world.certificate(world.student(organisation), "BHV", march.minusYears(1),
                march.withDayOfMonth(20)).enrolmentId();

        world.run(amsterdam(march.minusDays(10), SEVEN));
        // every run from a week before March until the 5th never came
        JsonNode late = world.run(amsterdam(march.withDayOfMonth(5), SEVEN));
        world.run(amsterdam(march.withDayOfMonth(6), SEVEN));

        assertThat(late.path("published").asInt()).isEqualTo(1);
        assertThat(world.customerReminders()).hasSize(1);
        assertThat(world.customerReminders().get(0).path("certificates").findValuesAsText("enrolmentId"))
                .containsExactly(expiring);
    }

    @Test
    void aProviderWithCustomerRemindersOffGetsNone() throws Exception {
        world.certificateRemindersOn(4);
        LocalDate june = LocalDate.of(world.year, 6, 1);
        String organisation = Ids.newId();
        world.certificate(world.student(organisation), "BHV", june.minusYears(1), june.withDayOfMonth(10));

        JsonNode run = world.run(amsterdam(june.minusWeeks(2), SEVEN));

        assertThat(run.path("published").asInt()).as("the certificate reminder alone").isEqualTo(1);
        assertThat(world.remindedCertificates()).hasSize(1);
        assertThat(world.customerReminders()).isEmpty();
    }
}
