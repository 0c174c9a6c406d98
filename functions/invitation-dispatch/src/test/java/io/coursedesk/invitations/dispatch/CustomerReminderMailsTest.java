package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.events.CustomerReminderDue;
import io.coursedesk.shared.events.CustomerReminderDue.ExpiringCertificate;
import io.coursedesk.shared.events.EventSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CustomerReminderDue from the local bus to the SES emulator: one mail to the organisation's contact person listing
 * the certificates that still expire, once; renewed certificates and students who left are not listed.
 */
class CustomerReminderMailsTest extends MailTest {
    private static final YearMonth NEXT_MONTH = YearMonth.now().plusMonths(1);

    private Organisation organisation;

    @BeforeEach
    void setUp() {
        organisation = world.organisation(tenant, "Bouwbedrijf Jansen", false);
    }

    @Test
    void theContactGetsOneMailListingTheCertificatesThatStillExpire() {
        Student piet = world.student(tenant, "Piet", "Jansen", organisation);
        Student anna = world.student(tenant, "Anna", "Bakker", organisation);
        Student renewed = world.student(tenant, "Rik", "Vernieuwd", organisation);
        Student left = world.student(tenant, "Lea", "Vertrokken", null);
        Certificate late = world.certificate(piet, "BHV", LocalDate.now().minusYears(1), NEXT_MONTH.atDay(20));
        Certificate early = world.certificate(anna, "VCA", LocalDate.now().minusYears(1), NEXT_MONTH.atDay(3));
        Certificate old = world.certificate(renewed, "BHV", LocalDate.now().minusYears(1), NEXT_MONTH.atDay(5));
        world.certificate(renewed, "BHV", LocalDate.now().minusDays(1), NEXT_MONTH.atDay(5).plusYears(1));
        Certificate gone = world.certificate(left, "BHV", LocalDate.now().minusYears(1), NEXT_MONTH.atDay(7));
        String templateId = Ids.newId();
        world.templates.save(new EmailTemplate(templateId, tenant, "Klantherinnering", "Verloopt bij u",
                "<p>Deze certificaten verlopen:</p>{{studentList}}", null, true, Instant.now(), Instant.now()));
        bus.deliverEachEventTimes(2);

        CustomerReminderDue event = CustomerReminderDue.of(tenant, Instant.now(), organisation.id(), NEXT_MONTH,
                List.of(listed(late), listed(early), listed(old), listed(gone)), 4, templateId);
        world.publish(EventSources.REMINDERS, event);

        StoredEmail mail = world.awaitEmailTo(organisation.contactEmail());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(organisation.contactEmail())).hasSize(1);
        assertThat(MailWorld.addresses(mail)).containsExactly(organisation.contactEmail());
        assertThat(mail.subject()).isEqualTo("Verloopt bij u");
        assertThat(mail.html()).contains("<li>Anna Bakker: VCA, verloopt op " + DutchFormat.date(early.expiryDate())
                + "</li><li>Piet Jansen: BHV, verloopt op " + DutchFormat.date(late.expiryDate()) + "</li>");
        assertThat(mail.text()).doesNotContain("Rik Vernieuwd").doesNotContain("Lea Vertrokken");
        assertThat(world.emailsTo(piet.email())).isEmpty();
        assertThat(world.emailLog.find(tenant, event.eventId(), "ORGANISATION#" + organisation.id()).orElseThrow()
                .status()).isEqualTo(EmailStatus.SENT);
        assertThat(bus.deadLetters()).isEmpty();
    }

    @Test
    void theDefaultTextNamesTheOrganisationAndWithNothingLeftToListNoMailGoes() {
        Student piet = world.student(tenant, "Piet", "Jansen", organisation);
        Certificate certificate = world.certificate(piet, "BHV", LocalDate.now().minusYears(1), NEXT_MONTH.atDay(9));
        Organisation other = world.organisation(tenant, "Transport Smit", false);
        Student expired = world.student(tenant, "Els", "Verlopen", other);
        Certificate past = world.certificate(expired, "BHV", LocalDate.now().minusYears(1), LocalDate.now().minusDays(1));

        world.publish(EventSources.REMINDERS, CustomerReminderDue.of(tenant, Instant.now(), other.id(), NEXT_MONTH,
                List.of(listed(past)), 4, null));
        world.publish(EventSources.REMINDERS, CustomerReminderDue.of(tenant, Instant.now(), organisation.id(),
                NEXT_MONTH, List.of(listed(certificate)), 4, null));

        StoredEmail mail = world.awaitEmailTo(organisation.contactEmail());
        assertThat(mail.subject()).isEqualTo("Verlopende certificaten van uw medewerkers");
        assertThat(mail.text()).contains("Beste Carla Contact,").contains("medewerkers van Bouwbedrijf Jansen")
                .contains("Piet Jansen: BHV, verloopt op " + DutchFormat.date(certificate.expiryDate()));
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(other.contactEmail())).isEmpty();
    }

    private static ExpiringCertificate listed(Certificate certificate) {
        return new ExpiringCertificate(certificate.studentId(), certificate.enrolmentId(), certificate.courseType(),
                certificate.expiryDate());
    }
}
