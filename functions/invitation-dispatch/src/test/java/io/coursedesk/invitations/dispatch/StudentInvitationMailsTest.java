package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.StudentInvitationRevoked;
import io.coursedesk.shared.events.StudentInvited;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Student invitations and their revocation, from the local bus (the template's rule) to the SES emulator, once. */
class StudentInvitationMailsTest extends MailTest {
    private static final Instant EXPIRES = Instant.parse("2031-09-22T10:15:00Z");

    @Test
    void theInviteeGetsTheFreeMessageAndTheActivationLinkOnceHoweverOftenTheEventComes() {
        String email = "sanne-" + tenant + "@hoogland.example";
        String link = "https://coursedesk.example/student-invitation-links/abc.def";
        StudentInvited invited = StudentInvited.of(tenant, Instant.now(), "inv-1", "org-1", "Bouwbedrijf Hoogland",
                "Sanne", "de Wit", email, "Welkom <b>bij</b> de nascholing & succes!", 1, link, EXPIRES);
        bus.deliverEachEventTimes(2);

        world.publish(EventSources.ENROLMENT, invited);
        world.publish(EventSources.ENROLMENT, invited);

        StoredEmail mail = world.awaitEmailTo(email);
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(email)).hasSize(1);
        assertThat(mail.subject()).isEqualTo("Uitnodiging van Bouwbedrijf Hoogland voor de cursussen van Opleidingen Zuid");
        assertThat(mail.text())
                .contains("Beste Sanne de Wit,")
                .contains("Bouwbedrijf Hoogland nodigt je uit als cursist bij Opleidingen Zuid.")
                .contains("Bericht van Bouwbedrijf Hoogland:")
                .contains("Welkom <b>bij</b> de nascholing & succes!")
                .contains(link)
                .contains("De link werkt tot 22-09-2031 12:15 uur.");
        assertThat(mail.html()).contains("Welkom &lt;b&gt;bij&lt;/b&gt; de nascholing &amp; succes!")
                .doesNotContain("<b>bij</b>");
        assertThat(world.emailLog.find(tenant, invited.eventId(), "INVITEE").orElseThrow().status())
                .isEqualTo(EmailStatus.SENT);
        assertThat(bus.deadLetters()).isEmpty();
    }

    @Test
    void withoutAFreeMessageTheMailLeavesItsParagraphOutAndARevocationIsMailedWhenPublished() {
        String email = "bram-" + tenant + "@hoogland.example";
        world.publish(EventSources.ENROLMENT, StudentInvited.of(tenant, Instant.now(), "inv-2", "org-1",
                "Bouwbedrijf Hoogland", "Bram", "Smit", email, null, 1,
                "https://coursedesk.example/student-invitation-links/x.y", EXPIRES));
        StoredEmail invitation = world.awaitEmailTo(email);
        assertThat(invitation.text()).doesNotContain("Bericht van");

        world.publish(EventSources.ENROLMENT, StudentInvitationRevoked.of(tenant, Instant.now(), "inv-2", "org-1",
                "Bouwbedrijf Hoogland", "Bram", "Smit", email));

        StoredEmail revoked = world.awaitEmailTo(email, mail -> mail.subject().contains("ingetrokken"));
        assertThat(revoked.subject()).isEqualTo("Uitnodiging van Bouwbedrijf Hoogland ingetrokken");
        assertThat(revoked.text()).contains("Beste Bram Smit,").contains("De link in de uitnodiging werkt niet meer.");
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(email)).hasSize(2);
    }
}
