package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.CourseReminderDue;
import io.coursedesk.shared.events.EventSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CourseReminderDue from the local bus (the template's rule) to the SES emulator: the chosen template or the default
 * text, to the participant or their contact person, once, and only while the participant may still be reminded.
 */
class CourseReminderMailsTest extends MailTest {
    private Course course;

    @BeforeEach
    void setUp() {
        course = world.course(tenant, "BHV", null);
    }

    @Test
    void theChosenTemplateGoesToTheInvitedParticipantOnceHoweverOftenTheEventComes() {
        Student student = world.student(tenant, "Sanne", "Visser", null);
        Enrolment enrolment = invited(course, student);
        String templateId = template("Denk aan {{course.type}} op {{course.date}}",
                "<p>Hoi {{student.firstName}} {{student.lastName}}, tot {{course.date}} om {{course.startTime}}!</p>");
        bus.deliverEachEventTimes(2);

        CourseReminderDue event = reminder(course, enrolment, templateId);
        world.publish(EventSources.REMINDERS, event);
        world.publish(EventSources.REMINDERS, event);

        StoredEmail mail = world.awaitEmailTo(student.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).hasSize(1);
        assertThat(mail.subject()).isEqualTo("Denk aan BHV op 08-09-2031");
        assertThat(mail.text()).contains("Hoi Sanne Visser, tot 08-09-2031 om 09:30!");
        EmailRecord record = world.emailLog.find(tenant, event.eventId(), "STUDENT#" + student.id()).orElseThrow();
        assertThat(record.status()).isEqualTo(EmailStatus.SENT);
        assertThat(record.kind()).isEqualTo("TEMPLATE");
        assertThat(bus.deadLetters()).isEmpty();
    }

    @Test
    void withoutATemplateTheDefaultTextGoesToTheContactOfAnOrganisationThatWantsAllMailThere() {
        Organisation viaContact = world.organisation(tenant, "Bouwbedrijf Jansen", true);
        Student student = world.student(tenant, "Piet", "Jansen", viaContact);
        Enrolment enrolment = invited(course, student);

        world.publish(EventSources.REMINDERS, reminder(course, enrolment, null));

        StoredEmail mail = world.awaitEmailTo(viaContact.contactEmail());
        assertThat(MailWorld.addresses(mail)).containsExactly(viaContact.contactEmail());
        assertThat(mail.subject()).isEqualTo("Herinnering: BHV op 08-09-2031");
        assertThat(mail.text()).contains("Beste Carla Contact,").contains("Piet Jansen binnenkort deelneemt")
                .contains("Starttijd: 09:30");
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).isEmpty();
    }

    @Test
    void aTemplateDeletedSinceTheSettingsChoseItGivesWayToTheDefaultText() {
        Student student = world.student(tenant, "Eva", "de Boer", null);
        Enrolment enrolment = invited(course, student);

        world.publish(EventSources.REMINDERS, reminder(course, enrolment, Ids.newId()));

        assertThat(world.awaitEmailTo(student.email()).subject()).isEqualTo("Herinnering: BHV op 08-09-2031");
    }

    /** What the run found may have changed before the mail goes out: the mail asks the same rule again. */
    @Test
    void nobodyIsRemindedWhoMayNoLongerBe() {
        Student cancelled = world.student(tenant, "Cas", "Geannuleerd", null);
        Enrolment cancelledEnrolment = world.enrol(course, cancelled, EnrolmentStatus.CANCELLED);
        world.enrolments.markInvited(tenant, course.id(), cancelledEnrolment.id(), Instant.now());
        Student uninvited = world.student(tenant, "Uma", "Nietuitgenodigd", null);
        Enrolment uninvitedEnrolment = world.enrol(course, uninvited, EnrolmentStatus.CONFIRMED);
        Course started = world.courseOn(tenant, "BHV", LocalDate.now().minusDays(1));
        Student late = world.student(tenant, "Lars", "Telaat", null);
        Enrolment lateEnrolment = invited(started, late);
        Student control = world.student(tenant, "Cor", "Controle", null);
        Enrolment controlEnrolment = invited(course, control);

        world.publish(EventSources.REMINDERS, reminder(course, cancelledEnrolment, null));
        world.publish(EventSources.REMINDERS, reminder(course, uninvitedEnrolment, null));
        world.publish(EventSources.REMINDERS, reminder(started, lateEnrolment, null));
        world.publish(EventSources.REMINDERS, reminder(course, controlEnrolment, null));

        world.awaitEmailTo(control.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(cancelled.email())).isEmpty();
        assertThat(world.emailsTo(uninvited.email())).isEmpty();
        assertThat(world.emailsTo(late.email())).isEmpty();
        assertThat(bus.deadLetters()).isEmpty();
    }

    private Enrolment invited(Course on, Student student) {
        Enrolment enrolment = world.enrol(on, student, EnrolmentStatus.CONFIRMED);
        world.enrolments.markInvited(tenant, on.id(), enrolment.id(), Instant.now());
        return enrolment;
    }

    private String template(String subject, String body) {
        String templateId = Ids.newId();
        world.templates.save(new EmailTemplate(templateId, tenant, "Herinnering", subject, body, null, false,
                Instant.now(), Instant.now()));
        return templateId;
    }

    private static CourseReminderDue reminder(Course course, Enrolment enrolment, String templateId) {
        return CourseReminderDue.of(course.tenantId(), Instant.now(), course.id(), enrolment.id(),
                enrolment.studentId(), course.details().firstDay().date(), course.details().startsAt(), 3, templateId);
    }
}
