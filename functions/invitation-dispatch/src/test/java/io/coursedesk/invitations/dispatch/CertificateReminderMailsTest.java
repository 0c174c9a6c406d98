package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.events.CertificateReminderDue;
import io.coursedesk.shared.events.EventSources;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CertificateReminderDue from the local bus to the SES emulator: the chosen template with the student's names, the
 * course type and the expiry date, or the default text, to the student or their contact person, once; none for a
 * certificate renewed or expired by the time it is sent.
 */
class CertificateReminderMailsTest extends MailTest {
    private static final LocalDate EXPIRY = LocalDate.now().plusWeeks(4);

    @Test
    void theChosenTemplateGoesToTheStudentOnceHoweverOftenTheEventComes() {
        Student student = world.student(tenant, "Sanne", "Visser", null);
        Certificate certificate = world.certificate(student, "BHV", EXPIRY.minusYears(1), EXPIRY);
        String templateId = Ids.newId();
        world.templates.save(new EmailTemplate(templateId, tenant, "Verloopt", "{{course.type}} verloopt",
                "<p>{{student.firstName}} {{student.lastName}}: {{course.type}} verloopt op "
                        + "{{certificate.expiryDate}}.</p>", null, false, Instant.now(), Instant.now()));
        bus.deliverEachEventTimes(2);

        CertificateReminderDue event = reminder(certificate, templateId);
        world.publish(EventSources.REMINDERS, event);
        world.publish(EventSources.REMINDERS, event);

        StoredEmail mail = world.awaitEmailTo(student.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).hasSize(1);
        assertThat(mail.subject()).isEqualTo("BHV verloopt");
        assertThat(mail.text()).contains("Sanne Visser: BHV verloopt op " + DutchFormat.date(EXPIRY) + ".");
        assertThat(world.emailLog.find(tenant, event.eventId(), "STUDENT#" + student.id()).orElseThrow().status())
                .isEqualTo(EmailStatus.SENT);
        assertThat(bus.deadLetters()).isEmpty();
    }

    @Test
    void theDefaultTextGoesToTheContactOfAnOrganisationThatWantsAllMailThere() {
        Organisation viaContact = world.organisation(tenant, "Bouwbedrijf Jansen", true);
        Student student = world.student(tenant, "Piet", "Jansen", viaContact);
        Certificate certificate = world.certificate(student, "VCA", EXPIRY.minusYears(1), EXPIRY);

        world.publish(EventSources.REMINDERS, reminder(certificate, null));

        StoredEmail mail = world.awaitEmailTo(viaContact.contactEmail());
        assertThat(MailWorld.addresses(mail)).containsExactly(viaContact.contactEmail());
        assertThat(mail.subject()).isEqualTo("Certificaat VCA verloopt op " + DutchFormat.date(EXPIRY));
        assertThat(mail.text()).contains("Beste Carla Contact,").contains("van Piet Jansen")
                .contains("verloopt op " + DutchFormat.date(EXPIRY)).contains("Opleidingen Zuid");
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).isEmpty();
    }

    @Test
    void aCertificateRenewedOrExpiredMeanwhileGetsNoMail() {
        Student renewed = world.student(tenant, "Rik", "Vernieuwd", null);
        Certificate old = world.certificate(renewed, "BHV", EXPIRY.minusYears(1), EXPIRY);
        world.certificate(renewed, "BHV", LocalDate.now().minusDays(2), EXPIRY.plusYears(1));
        Student expired = world.student(tenant, "Els", "Verlopen", null);
        Certificate gone = world.certificate(expired, "BHV", LocalDate.now().minusYears(1), LocalDate.now().minusDays(1));
        Student otherType = world.student(tenant, "Olga", "Anderstype", null);
        Certificate stillDue = world.certificate(otherType, "BHV", EXPIRY.minusYears(1), EXPIRY);
        world.certificate(otherType, "EHBO", LocalDate.now().minusDays(2), EXPIRY.plusYears(1));

        world.publish(EventSources.REMINDERS, reminder(old, null));
        world.publish(EventSources.REMINDERS, reminder(gone, null));
        world.publish(EventSources.REMINDERS, reminder(stillDue, null));

        world.awaitEmailTo(otherType.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(renewed.email())).isEmpty();
        assertThat(world.emailsTo(expired.email())).isEmpty();
        assertThat(bus.deadLetters()).isEmpty();
    }

    private static CertificateReminderDue reminder(Certificate certificate, String templateId) {
        return CertificateReminderDue.of(certificate.tenantId(), Instant.now(), certificate.studentId(),
                certificate.enrolmentId(), certificate.courseId(), certificate.courseType(), certificate.expiryDate(),
                4, templateId);
    }
}
