package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.CourseCancelled;
import io.coursedesk.shared.events.EnrolmentCancelled;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EnrolmentPromoted;
import io.coursedesk.shared.events.EnrolmentWaitlisted;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.InstructorConfirmed;
import io.coursedesk.shared.events.InstructorInvited;
import io.coursedesk.shared.events.InstructorResponded;
import io.coursedesk.shared.events.InstructorsRejected;
import io.coursedesk.shared.events.ParticipantReplaced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every system mail, from its event on the local bus (rules from template.yaml) to the SES emulator's store. */
class SystemEmailsTest extends MailTest {
    private Course course;

    @BeforeEach
    void setUp() {
        course = world.course(tenant, "BHV", null);
    }

    @Test
    void confirmationGoesToTheStudentWithEverythingTheyTypedEscaped() {
        Student student = world.student(tenant, "<script>alert(1)</script>", "de Vries & Zn", null);

        world.publish(EventSources.ENROLMENT, new EnrolmentConfirmed("EnrolmentConfirmed:e1-" + student.id(), tenant,
                Instant.now(), course.id(), "e1", student.id(), null));

        StoredEmail mail = world.awaitEmailTo(student.email());
        assertThat(MailWorld.addresses(mail)).containsExactly(student.email());
        assertThat(mail.from()).contains("noreply@coursedesk.local");
        assertThat(mail.subject()).isEqualTo("Bevestiging inschrijving BHV op 08-09-2031");
        assertThat(mail.html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; de Vries &amp; Zn")
                .doesNotContain("<script>")
                .contains("Datum: 08-09-2031").contains("Starttijd: 09:30").contains("Utrecht, Stationsplein 1");
        assertThat(mail.text())
                .contains("Beste <script>alert(1)</script> de Vries & Zn,")
                .contains("is bevestigd")
                .contains("Met vriendelijke groet,")
                .doesNotContain("<p>", "&lt;");
    }

    @Test
    void withCorrespondenceViaTheContactOnlyTheContactGetsTheConfirmation() {
        Organisation organisation = world.organisation(tenant, "Bouwbedrijf Jansen", true);
        Student student = world.student(tenant, "Piet", "Jansen", organisation);

        world.publish(EventSources.ENROLMENT, new EnrolmentConfirmed("EnrolmentConfirmed:e2-" + student.id(), tenant,
                Instant.now(), course.id(), "e2", student.id(), organisation.id()));

        StoredEmail mail = world.awaitEmailTo(organisation.contactEmail());
        assertThat(MailWorld.addresses(mail)).containsExactly(organisation.contactEmail());
        assertThat(mail.text()).contains("Beste Carla Contact,").contains("De inschrijving van Piet Jansen");
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).isEmpty();
    }

    @Test
    void aStudentOfAnOrganisationWithoutThatSwitchGetsTheirOwnMail() {
        Organisation organisation = world.organisation(tenant, "Gemeente Oss", false);
        Student student = world.student(tenant, "Els", "Bakker", organisation);

        world.publish(EventSources.ENROLMENT, new EnrolmentConfirmed("EnrolmentConfirmed:e3-" + student.id(), tenant,
                Instant.now(), course.id(), "e3", student.id(), organisation.id()));

        assertThat(MailWorld.addresses(world.awaitEmailTo(student.email()))).containsExactly(student.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(organisation.contactEmail())).isEmpty();
    }

    @Test
    void waitingListPromotionAndCancellation() {
        Student student = world.student(tenant, "Anna", "Smit", null);

        world.publish(EventSources.ENROLMENT, new EnrolmentWaitlisted("EnrolmentWaitlisted:w-" + student.id(), tenant,
                Instant.now(), course.id(), "w", student.id(), 3));
        world.publish(EventSources.ENROLMENT, new EnrolmentPromoted("EnrolmentPromoted:w-" + student.id(), tenant,
                Instant.now(), course.id(), "w", student.id()));
        world.publish(EventSources.ENROLMENT, new EnrolmentCancelled("EnrolmentCancelled:w-" + student.id(), tenant,
                Instant.now(), course.id(), "w", student.id(), true));

        StoredEmail waiting = world.awaitEmailTo(student.email(), m -> m.subject().startsWith("Wachtlijst"));
        assertThat(waiting.subject()).isEqualTo("Wachtlijst BHV op 08-09-2031");
        assertThat(waiting.text()).contains("op plaats 3").contains("Anna Smit");
        StoredEmail promoted = world.awaitEmailTo(student.email(), m -> m.subject().startsWith("Er is een plaats"));
        assertThat(promoted.subject()).isEqualTo("Er is een plaats vrijgekomen: BHV op 08-09-2031");
        assertThat(promoted.html()).contains("<strong>BHV</strong>");
        StoredEmail cancelled = world.awaitEmailTo(student.email(), m -> m.subject().startsWith("Annulering"));
        assertThat(cancelled.text()).contains("De inschrijving van Anna Smit voor de cursus BHV op 08-09-2031 is geannuleerd.");
    }

    @Test
    void replacementTellsTheNewAndThePreviousParticipant() {
        Student previous = world.student(tenant, "Bas", "Oud", null);
        Student colleague = world.student(tenant, "Cor", "Nieuw", null);

        world.publish(EventSources.ENROLMENT, new ParticipantReplaced("ParticipantReplaced:r-" + colleague.id(), tenant,
                Instant.now(), course.id(), "r", previous.id(), colleague.id()));

        StoredEmail toColleague = world.awaitEmailTo(colleague.email());
        StoredEmail toPrevious = world.awaitEmailTo(previous.email());
        assertThat(toColleague.subject()).isEqualTo("Vervanging deelnemer BHV op 08-09-2031");
        assertThat(toColleague.text()).contains("Beste Cor Nieuw,").contains("overgedragen van Bas Oud aan Cor Nieuw");
        assertThat(toPrevious.text()).contains("Beste Bas Oud,").contains("overgedragen van Bas Oud aan Cor Nieuw");
    }

    @Test
    void aCancelledCourseIsMailedAboutEveryConfirmedAndWaitlistedParticipantButNotOneWhoCancelledBefore() {
        Course cancelled = world.cancelledCourse(tenant, "BHV");
        Student first = world.student(tenant, "Anna", "Smit", null);
        Student second = world.student(tenant, "Bram", "de Wit & Zn", null);
        Student waiting = world.student(tenant, "Cas", "Mol", null);
        Student gone = world.student(tenant, "Dirk", "Weg", null);
        world.enrol(cancelled, first, EnrolmentStatus.CONFIRMED);
        world.enrol(cancelled, second, EnrolmentStatus.CONFIRMED);
        world.enrol(cancelled, waiting, EnrolmentStatus.WAITLISTED);
        world.enrol(cancelled, gone, EnrolmentStatus.CANCELLED);

        world.publish(EventSources.ENROLMENT, new CourseCancelled("CourseCancelled:" + cancelled.id(), tenant,
                Instant.now(), cancelled.id()));

        for (Student participant : List.of(first, second, waiting)) {
            StoredEmail mail = world.awaitEmailTo(participant.email());
            assertThat(MailWorld.addresses(mail)).containsExactly(participant.email());
            assertThat(mail.subject()).isEqualTo("Cursus geannuleerd: BHV op 08-09-2031");
            assertThat(mail.text())
                    .contains("Beste " + participant.fullName() + ",")
                    .contains("Opleidingen Zuid de cursus BHV heeft geannuleerd")
                    .contains("De inschrijving van " + participant.fullName() + " voor deze cursus vervalt")
                    .contains("Datum: 08-09-2031").contains("Locatie: Utrecht, Stationsplein 1")
                    .contains("Administratie Opleidingen Zuid");
        }
        assertThat(world.awaitEmailTo(second.email()).html()).contains("de Wit &amp; Zn").doesNotContain("de Wit & Zn");
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(gone.email())).isEmpty();
        for (Student participant : List.of(first, second, waiting)) {
            assertThat(world.emailsTo(participant.email())).hasSize(1);
        }
    }

    @Test
    void withCorrespondenceViaTheContactOnlyTheContactHearsTheCourseIsCancelled() {
        Course cancelled = world.cancelledCourse(tenant, "BHV");
        Organisation organisation = world.organisation(tenant, "Bouwbedrijf Jansen", true);
        Student student = world.student(tenant, "Piet", "Jansen", organisation);
        world.enrol(cancelled, student, EnrolmentStatus.CONFIRMED);

        world.publish(EventSources.ENROLMENT, new CourseCancelled("CourseCancelled:" + cancelled.id(), tenant,
                Instant.now(), cancelled.id()));

        StoredEmail mail = world.awaitEmailTo(organisation.contactEmail());
        assertThat(MailWorld.addresses(mail)).containsExactly(organisation.contactEmail());
        assertThat(mail.subject()).isEqualTo("Cursus geannuleerd: BHV op 08-09-2031");
        assertThat(mail.text()).contains("Beste Carla Contact,").contains("De inschrijving van Piet Jansen");
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).isEmpty();
    }

    @Test
    void instructorInvitationHasBothAnswerLinksAndTheFallbackLink() {
        String email = "max@" + tenant + ".example";
        String base = "https://coursedesk.example/respond/tok?round=1&amp=x";

        world.publish(EventSources.AVAILABILITY, new InstructorInvited("InstructorInvited:" + course.id() + ":i1:1", tenant,
                Instant.now(), course.id(), "i1", "Max Wilting", email, 1, base + "&answer=AVAILABLE",
                base + "&answer=UNAVAILABLE", base));

        StoredEmail mail = world.awaitEmailTo(email);
        assertThat(mail.subject()).isEqualTo("Uitnodiging om een BHV cursus te geven op 08-09-2031");
        assertThat(mail.text())
                .contains("Beste Max Wilting,")
                .contains("Je bent uitgenodigd om een BHV cursus te geven voor Opleidingen Zuid. De cursus vindt plaats op 08-09-2031.")
                .contains("Starttijd: 09:30\nEindtijd: 17:30")
                .contains("Locatie: Utrecht, Stationsplein 1")
                .contains("Ik ben beschikbaar (" + base + "&answer=AVAILABLE)")
                .contains("Ik ben niet beschikbaar (" + base + "&answer=UNAVAILABLE)")
                .contains("Of ga naar deze link " + base + ".")
                .contains("Vragen of opmerkingen kunt u sturen naar planning@" + tenant + ".example.")
                .contains("Administratie Opleidingen Zuid");
        assertThat(mail.html()).contains("href=\"https://coursedesk.example/respond/tok?round&#x3D;1&amp;amp&#x3D;x&amp;answer&#x3D;AVAILABLE\"");
    }

    @Test
    void theProviderHearsOnlyAboutAvailableInstructors() {
        String provider = "planning@" + tenant + ".example";

        PublishedEvent unavailable = bus.publish(EventSources.AVAILABILITY, "InstructorResponded", json(new InstructorResponded(
                "InstructorResponded:" + course.id() + ":i2:1:UNAVAILABLE", tenant, Instant.now(), course.id(), "i2",
                "Ria Niet", 1, "UNAVAILABLE")));
        world.publish(EventSources.AVAILABILITY, new InstructorResponded("InstructorResponded:" + course.id() + ":i3:1:AVAILABLE",
                tenant, Instant.now(), course.id(), "i3", "Max Wilting", 1, "AVAILABLE"));

        assertThat(unavailable.matchedRules()).noneMatch(rule -> rule.startsWith(MailWorld.DISPATCH_FUNCTION));
        StoredEmail mail = world.awaitEmailTo(provider);
        assertThat(mail.subject()).isEqualTo("Instructeur Max Wilting is beschikbaar voor BHV op 08-09-2031");
        assertThat(mail.text()).contains("Instructeur Max Wilting heeft aangegeven beschikbaar te zijn om de BHV cursus (#"
                + course.id().substring(0, 8) + ") te geven op 08-09-2031.");
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(provider)).hasSize(1);
    }

    @Test
    void theChosenInstructorIsConfirmedAndTheOthersHearTheCourseIsCovered() {
        String chosen = "max@" + tenant + ".example";
        String other1 = "ria@" + tenant + ".example";
        String other2 = "jan@" + tenant + ".example";

        world.publish(EventSources.AVAILABILITY, new InstructorConfirmed("InstructorConfirmed:" + course.id() + ":i1:LEAD",
                tenant, Instant.now(), course.id(), "i1", "Max Wilting", chosen, "LEAD"));
        world.publish(EventSources.AVAILABILITY, new InstructorsRejected("InstructorsRejected:" + course.id() + ":1", tenant,
                Instant.now(), course.id(), List.of(new InstructorsRejected.RejectedInstructor("i2", "Ria de Wit", other1),
                new InstructorsRejected.RejectedInstructor("i3", "Jan Zwart", other2))));

        StoredEmail confirmation = world.awaitEmailTo(chosen);
        assertThat(confirmation.subject()).isEqualTo("Bevestiging: je geeft de BHV cursus op 08-09-2031");
        assertThat(confirmation.text()).contains("Opleidingen Zuid heeft je gekozen als hoofdinstructeur");
        for (String address : List.of(other1, other2)) {
            StoredEmail rejection = world.awaitEmailTo(address);
            assertThat(rejection.subject()).isEqualTo("De BHV cursus op 08-09-2031 is voorzien");
            assertThat(rejection.text()).contains("inmiddels voorzien van een instructeur");
        }
        assertThat(world.awaitEmailTo(other1).text()).contains("Beste Ria de Wit,");
    }

    private static String json(Object event) {
        try {
            return MailWorld.JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
