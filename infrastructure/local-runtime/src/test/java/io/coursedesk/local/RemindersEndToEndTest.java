package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.ses.StoredEmail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders function as a provider admin meets it in the local run: settings through the API, the course's
 * invitation sent by the dispatch function, and the template's schedule run through {@code /local/schedules} as of
 * the mornings that matter, every mail read back from the SES emulator.
 */
class RemindersEndToEndTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String ADMIN = "planner@veiligwerken.example";
    private static final String SCHEDULE = "/local/schedules/DailyReminders/run?at=";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static LocalRuntime runtime;
    private static LocalApi api;
    private static String admin;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0, FreePort.find());
        api = new LocalApi(runtime.apiUrl());
        admin = api.token(ADMIN);
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void invitedParticipantsAreRemindedOnceTheUninvitedNotAndAMissedReminderIsCaughtUpOnce() {
        String templateId = created("/templates", Map.of("name", "Herinnering", "subject",
                "Herinnering {{course.type}} op {{course.date}}",
                "body", "<p>Beste {{student.firstName}}, tot {{course.date}} om {{course.startTime}}.</p>"), "templateId");
        assertThat(api.sendText("PUT", "/settings/reminders", admin, """
                {"courseReminder": {"enabled": true, "daysBefore": 3, "templateId": "%s"},
                 "certificateReminder": {"enabled": false, "weeksBefore": 4},
                 "customerReminder": {"enabled": false, "weeksBefore": 4}}""".formatted(templateId)).status())
                .isEqualTo(200);
        LocalDate firstStart = LocalDate.now(AMSTERDAM).plusDays(20);
        LocalDate secondStart = firstStart.plusDays(10);
        String first = course(firstStart, null);
        String second = course(secondStart, null);
        String anna = enrolled(first, "Anna");
        String bram = enrolled(first, "Bram");
        String cees = enrolled(second, "Cees");
        invite(first, anna, bram);
        invite(second, cees);
        // enrolled after the invitation went out: never invited, so never reminded
        String dirk = enrolled(first, "Dirk");

        JsonNode threeDaysBefore = run(morning(firstStart.minusDays(3)));
        JsonNode again = run(morning(firstStart.minusDays(3)));
        JsonNode nextDay = run(morning(firstStart.minusDays(2)));

        assertThat(threeDaysBefore.path("published").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(again.path("published").asInt()).isZero();
        assertThat(nextDay.path("published").asInt()).isZero();
        String subject = "Herinnering BHV op " + dutch(firstStart);
        assertThat(reminders(anna, subject)).hasSize(1);
        assertThat(reminders(bram, subject)).hasSize(1);
        assertThat(reminders(dirk, subject)).isEmpty();
        assertThat(reminders(anna, subject).get(0).text()).contains("Beste Anna, tot " + dutch(firstStart) + " om 09:00.");

        // the second course's day for its reminder (three days before) was skipped: one day before catches it up
        String secondSubject = "Herinnering BHV op " + dutch(secondStart);
        assertThat(reminders(cees, secondSubject)).isEmpty();
        run(morning(secondStart.minusDays(1)));
        run(morning(secondStart.minusDays(1)));
        assertThat(reminders(cees, secondSubject)).hasSize(1);
        assertThat(reminders(anna, subject)).hasSize(1);
    }

    @Test
    void aDebitNoteWithItsNumberAndPdfReachesTheSelfPayingStudentOnTheSeventhDayOnce() {
        LocalDate enrolledOn = LocalDate.now(AMSTERDAM);
        String course = course(enrolledOn.plusDays(40), "149.50");
        String eva = enrolled(course, "Eva");

        run(morning(enrolledOn.plusDays(6)));
        assertThat(notes(eva)).as("no note before the seventh day").isEmpty();
        run(morning(enrolledOn.plusDays(7)));
        run(morning(enrolledOn.plusDays(8)));

        List<StoredEmail> notes = notes(eva);
        assertThat(notes).hasSize(1);
        StoredEmail note = notes.get(0);
        assertThat(note.subject()).matches("Debetnota " + enrolledOn.plusDays(7).getYear() + "-\\d{6}: BHV");
        String number = note.subject().substring("Debetnota ".length(), note.subject().indexOf(':'));
        assertThat(note.text()).contains("149,50");
        assertThat(note.attachments()).hasSize(1);
        StoredEmail.Attachment pdf = note.attachments().get(0);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.filename()).contains(number);
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Runs the template's daily schedule as of {@code at} and waits until the mails of its events went out. */
    private static JsonNode run(Instant at) {
        LocalApi.Reply reply = api.post(SCHEDULE + at, null, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        runtime.aws().awaitEventsSettled(WAIT);
        return reply.json();
    }

    private static Instant morning(LocalDate day) {
        return day.atTime(LocalTime.of(7, 0)).atZone(AMSTERDAM).toInstant();
    }

    private static String course(LocalDate firstDay, String price) {
        String priced = price == null ? "" : ", \"price\": " + price;
        return created("/courses", """
                {"type": "BHV", "kind": "CERTIFIED", "maxParticipants": 10, "location": "Herinneringen, Lokaal %d",
                 "days": [{"date": "%s", "startTime": "09:00", "endTime": "17:00"}]%s}"""
                .formatted(System.nanoTime() % 1000, firstDay, priced), "courseId");
    }

    /** A new student enrolled on the course, paying themself; answers their email. */
    private static String enrolled(String courseId, String firstName) {
        String email = firstName.toLowerCase() + "." + System.nanoTime() + "@example.nl";
        String studentId = created("/students", Map.of("firstName", firstName, "lastName", "Herinnering",
                "email", email, "birthDate", "1990-05-17"), "studentId");
        created("/courses/" + courseId + "/enrolments", Map.of("studentId", studentId, "payer", "SELF"), "enrolmentId");
        return email;
    }

    /** The course's invitation to its students, once its mails reached each of them. */
    private static void invite(String courseId, String... emails) {
        LocalApi.Reply reply = api.post("/courses/" + courseId + "/invitations", admin, Map.of("audience", "STUDENTS"));
        assertThat(reply.status()).as(reply.body()).isBetween(200, 202);
        for (String email : emails) {
            runtime.ses().awaitEmail(mail -> sentTo(mail, email) && mail.subject().startsWith("Uitnodiging"), WAIT);
        }
        runtime.aws().awaitEventsSettled(WAIT);
    }

    private static String created(String path, Object body, String idField) {
        LocalApi.Reply reply = body instanceof String json ? api.sendText("POST", path, admin, json)
                : api.post(path, admin, body);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(201);
        return reply.json().path(idField).asText();
    }

    private static List<StoredEmail> reminders(String email, String subject) {
        return runtime.ses().storedEmails().stream()
                .filter(mail -> sentTo(mail, email) && mail.subject().equals(subject)).toList();
    }

    private static List<StoredEmail> notes(String email) {
        return runtime.ses().storedEmails().stream()
                .filter(mail -> sentTo(mail, email) && mail.subject().startsWith("Debetnota")).toList();
    }

    /** Whether the mail went to the address (recipients come with their names: {@code "Anna" <anna@...>}). */
    private static boolean sentTo(StoredEmail mail, String email) {
        return mail.recipients().stream().anyMatch(recipient -> recipient.contains("<" + email + ">"));
    }

    private static String dutch(LocalDate day) {
        return "%02d-%02d-%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
