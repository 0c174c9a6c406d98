package io.coursedesk.passes;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.time.Zones;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance certificates (students) and attendance lists (provider admins) through the real Lambda handler. */
class AttendanceDocumentsTest {
    private static final LocalDate TODAY = LocalDate.now(Zones.AMSTERDAM);

    private final FunctionUnderTest function = PassBundlesFunction.api();
    private final CourseWorld world = new CourseWorld(function.aws());
    private final Provider provider = new Provider(world.tenantId, "Het Oranje Kruis Opleidingen", "planning@example.nl");

    AttendanceDocumentsTest() {
        function.bean(ProviderRepository.class).save(provider);
    }

    @Test
    void aStudentMarkedPresentDownloadsTheCertificateSevenDaysAfterTheLastDay() throws IOException {
        Student zoe = student("Zoë", "van 't Hek", LocalDate.of(1990, 5, 17));
        Course course = world.course(false, CourseStatus.OPEN, TODAY.minusDays(8), TODAY.minusDays(7));
        Enrolment enrolment = world.enrol(course, zoe.id(), EnrolmentStatus.CONFIRMED, true);

        ApiGatewayResponse response = certificate(zoe, enrolment.id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.headers().get("Content-Disposition"))
                .startsWith("attachment; filename=\"Bewijs_van_deelname_BHV_Zo__van_'t_Hek.pdf\"")
                .contains("filename*=UTF-8''Bewijs_van_deelname_BHV_Zo%C3%AB_van_%27t_Hek.pdf");
        String text = text(response);
        assertThat(text).contains("Bewijs van deelname", "Het Oranje Kruis Opleidingen", "Zoë van 't Hek",
                "geboren op 17-05-1990", "aanwezig", "BHV", Zones.DUTCH_DATE.format(TODAY.minusDays(8)),
                Zones.DUTCH_DATE.format(TODAY.minusDays(7)), "Utrecht");
    }

    @Test
    void aWhiteLabelCoursesCertificateCarriesNoProviderName() throws IOException {
        Student student = student("Fleur", "de Jong", null);
        Course course = world.course(true, CourseStatus.OPEN, TODAY.minusDays(10));
        Enrolment enrolment = world.enrol(course, student.id(), EnrolmentStatus.CONFIRMED, true);

        ApiGatewayResponse response = certificate(student, enrolment.id());

        assertThat(response.status()).isEqualTo(200);
        assertThat(text(response)).contains("Fleur de Jong", "Hierbij wordt verklaard dat").doesNotContain("Oranje Kruis");
    }

    @Test
    void beforeSevenDaysAfterTheLastDayTheAnswerSaysFromWhen() {
        Student student = student("Jan", "Jansen", null);
        Course course = world.course(false, CourseStatus.OPEN, TODAY.minusDays(6));
        Enrolment enrolment = world.enrol(course, student.id(), EnrolmentStatus.CONFIRMED, true);

        ApiGatewayResponse response = certificate(student, enrolment.id());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.text("detail")).contains(Zones.DUTCH_DATE.format(TODAY.plusDays(1)));
    }

    @Test
    void noCertificateForAbsenceNoResultOrACancelledCourse() {
        Student student = student("Piet", "Pieters", null);
        Course held = world.course(false, CourseStatus.OPEN, TODAY.minusDays(30));
        Course cancelled = world.course(false, CourseStatus.CANCELLED, TODAY.minusDays(30));

        ApiGatewayResponse absent = certificate(student, world.enrol(held, student.id(), EnrolmentStatus.CONFIRMED, false).id());
        Student other = student("Els", "Elsen", null);
        ApiGatewayResponse noResult = certificate(other, world.enrol(held, other.id(), EnrolmentStatus.CONFIRMED).id());
        ApiGatewayResponse onCancelled = certificate(student,
                world.enrol(cancelled, student.id(), EnrolmentStatus.CONFIRMED, true).id());

        assertThat(absent.status()).isEqualTo(409);
        assertThat(absent.text("detail")).contains("not marked present");
        assertThat(noResult.status()).isEqualTo(409);
        assertThat(onCancelled.status()).isEqualTo(409);
        assertThat(onCancelled.text("detail")).contains("cancelled");
    }

    @Test
    void anotherStudentsEnrolmentIsNotFound() {
        Student owner = student("Anna", "Ankers", null);
        Student someoneElse = student("Bram", "Bos", null);
        Course course = world.course(false, CourseStatus.OPEN, TODAY.minusDays(30));
        Enrolment enrolment = world.enrol(course, owner.id(), EnrolmentStatus.CONFIRMED, true);

        assertThat(certificate(someoneElse, enrolment.id()).status()).isEqualTo(404);
        assertThat(certificate(owner, "no-such-enrolment").status()).isEqualTo(404);
        assertThat(function.call(ApiGatewayEvents.get("/me/enrolments/" + enrolment.id() + "/certificate")
                .bearer(world.adminToken())).status()).isEqualTo(403);
    }

    @Test
    void theAttendanceListHasARowPerConfirmedParticipantAndABoxPerDay() throws IOException {
        Course course = world.course(false, CourseStatus.OPEN, TODAY.plusDays(3), TODAY.plusDays(4));
        Student lukasz = student("Łukasz", "Żółć", LocalDate.of(1985, 1, 2));
        Student sukru = student("Şükrü", "Öztürk", null);
        Student waiting = student("Wachtende", "Wachter", null);
        world.enrol(course, lukasz.id(), EnrolmentStatus.CONFIRMED);
        world.enrol(course, sukru.id(), EnrolmentStatus.CONFIRMED);
        world.enrol(course, waiting.id(), EnrolmentStatus.WAITLISTED);

        ApiGatewayResponse response = function.call(ApiGatewayEvents.get("/courses/" + course.id() + "/attendance-list")
                .bearer(world.adminToken()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        String text = text(response);
        assertThat(text).contains("Presentielijst", "Het Oranje Kruis Opleidingen", "BHV", "Utrecht",
                "Łukasz Żółć", "02-01-1985", "Şükrü Öztürk",
                "Handtekening " + Zones.DUTCH_DATE.format(TODAY.plusDays(3)),
                "Handtekening " + Zones.DUTCH_DATE.format(TODAY.plusDays(4)))
                .doesNotContain("Wachter");
    }

    @Test
    void aWhiteLabelCoursesListCarriesNoProviderName() throws IOException {
        Course course = world.course(true, CourseStatus.OPEN, TODAY.plusDays(3));

        ApiGatewayResponse response = function.call(ApiGatewayEvents.get("/courses/" + course.id() + "/attendance-list")
                .bearer(world.adminToken()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(text(response)).contains("Presentielijst", "BHV").doesNotContain("Oranje Kruis");
    }

    @Test
    void anotherProvidersCourseIsNotFound() {
        Course course = world.course(false, CourseStatus.OPEN, TODAY.plusDays(3));
        CourseWorld otherProvider = new CourseWorld(function.aws());

        assertThat(function.call(ApiGatewayEvents.get("/courses/" + course.id() + "/attendance-list")
                .bearer(otherProvider.adminToken())).status()).isEqualTo(404);
        assertThat(function.call(ApiGatewayEvents.get("/courses/" + course.id() + "/attendance-list")
                .bearer(world.studentToken(Ids.newId()))).status()).isEqualTo(403);
    }

    private Student student(String firstName, String lastName, LocalDate birthDate) {
        Student student = new Student(Ids.newId(), world.tenantId, firstName, lastName,
                firstName.toLowerCase() + "@example.nl", birthDate, null, Instant.now());
        function.bean(StudentRepository.class).save(student);
        return student;
    }

    private ApiGatewayResponse certificate(Student student, String enrolmentId) {
        return function.call(ApiGatewayEvents.get("/me/enrolments/" + enrolmentId + "/certificate")
                .bearer(world.studentToken(student.id())));
    }

    private static String text(ApiGatewayResponse response) throws IOException {
        try (PDDocument document = Loader.loadPDF(response.bodyBytes())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
