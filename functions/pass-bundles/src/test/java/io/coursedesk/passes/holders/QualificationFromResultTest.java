package io.coursedesk.passes.holders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.passes.CourseWorld;
import io.coursedesk.passes.api.PassBundlesEventHandler;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.ResultRecorded;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.StudentRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** ResultRecorded events delivered to the real event handler, as the EventBridge rule delivers them. */
class QualificationFromResultTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 10);

    private static FunctionUnderTest generator;
    private final FunctionUnderTest api = PassBundlesFunction.api();
    private final CourseWorld provider = new CourseWorld(api.aws());

    @BeforeAll
    static void startHandler() {
        PassBundlesFunction.api();
        generator = FunctionUnderTest.events("PassBundleGeneratorFunction", new PassBundlesEventHandler());
    }

    @AfterAll
    static void stopHandler() throws Exception {
        generator.close();
    }

    @Test
    void aPassMakesTheStudentAHolderWithTheCertificateOnceHoweverOftenItIsDelivered() throws Exception {
        String hoogland = provider.organisation("Bouwbedrijf Hoogland");
        Student student = student("Zoë", hoogland);
        Course course = course("BHV");
        ResultRecorded passed = ResultRecorded.of(provider.tenantId, Instant.now(), course.id(),
                passedEnrolment(course, student), student.id(), true, true, LocalDate.of(2027, 3, 10));
        String envelope = FunctionUnderTest.envelope(EventSources.ENROLMENT, passed);

        generator.deliver(envelope);
        var afterFirst = provider.items();
        generator.deliver(envelope);

        assertThat(provider.items()).isEqualTo(afterFirst);
        JsonNode holder = api.call(ApiGatewayEvents.get("/qualification-holders/" + student.id())
                .bearer(provider.contactToken("contact-hoogland", hoogland))).json();
        assertThat(holder.path("qualificationNumber").asText()).isEqualTo("10000001");
        assertThat(holder.path("name").asText()).isEqualTo("Zoë Jansen");
        assertThat(holder.path("birthDate").asText()).isEqualTo("1990-04-02");
        assertThat(holder.path("studentId").asText()).isEqualTo(student.id());
        assertThat(holder.path("qualifications")).hasSize(1);
        JsonNode qualification = holder.path("qualifications").get(0);
        assertThat(qualification.path("qualificationId").asText()).isEqualTo(passed.enrolmentId());
        assertThat(qualification.path("code").asText()).isEqualTo("BHV");
        assertThat(qualification.path("type").asText()).isEqualTo("CERTIFICATE");
        assertThat(qualification.path("examDate").asText()).isEqualTo(LAST_DAY.toString());
        assertThat(qualification.path("expiryDate").asText()).isEqualTo("2027-03-10");

        // a second course adds to the same holder, who keeps their number
        Course ehbo = course("EHBO");
        ResultRecorded second = ResultRecorded.of(provider.tenantId, Instant.now(), ehbo.id(),
                passedEnrolment(ehbo, student), student.id(), true, true, null);
        generator.deliver(FunctionUnderTest.envelope(EventSources.ENROLMENT, second));
        JsonNode again = api.call(ApiGatewayEvents.get("/qualification-holders/" + student.id())
                .bearer(provider.adminToken())).json();
        assertThat(again.path("qualificationNumber").asText()).isEqualTo("10000001");
        assertThat(again.path("qualifications")).extracting(q -> q.path("code").asText()).containsExactly("BHV", "EHBO");
    }

    @Test
    void studentsGetTheNextFreeNumberSkippingOnesAnImportTook() throws Exception {
        new StoredHolders(api).store(provider.tenantId, "10000002", "Geïmporteerd", LocalDate.of(1970, 1, 1), List.of());
        Course course = course("BHV");
        Student first = student("Anna", null);
        Student second = student("Bram", null);

        generator.deliver(passEnvelope(course, first));
        generator.deliver(passEnvelope(course, second));

        assertThat(number(first)).isEqualTo("10000001");
        assertThat(number(second)).isEqualTo("10000003");
    }

    @Test
    void aResultChangedToNotPassedTakesTheQualificationAwayAndKeepsTheHolder() throws Exception {
        Course course = course("BHV");
        Student student = student("Şükrü", null);
        Enrolment enrolment = provider.enrol(course, student.id(), EnrolmentStatus.CONFIRMED, true);
        String passed = FunctionUnderTest.envelope(EventSources.ENROLMENT, ResultRecorded.of(
                provider.tenantId, Instant.now(), course.id(), enrolment.id(), student.id(), true, true, null));
        generator.deliver(passed);
        provider.correctResult(enrolment, false);
        String failed = FunctionUnderTest.envelope(EventSources.ENROLMENT, ResultRecorded.of(
                provider.tenantId, Instant.now(), course.id(), enrolment.id(), student.id(), true, false, null));

        generator.deliver(failed);
        var afterFirst = provider.items();
        generator.deliver(failed);
        // the pass's event again, late: the enrolment says not passed now, so it brings nothing back
        generator.deliver(passed);

        assertThat(provider.items()).isEqualTo(afterFirst);
        JsonNode holder = api.call(ApiGatewayEvents.get("/qualification-holders/" + student.id())
                .bearer(provider.adminToken())).json();
        assertThat(holder.path("qualificationNumber").asText()).isEqualTo("10000001");
        assertThat(holder.path("qualifications")).isEmpty();

        // not passed without ever having passed: nobody becomes a holder
        Student other = student("Nina", null);
        Enrolment absent = provider.enrol(course, other.id(), EnrolmentStatus.CONFIRMED, false);
        generator.deliver(FunctionUnderTest.envelope(EventSources.ENROLMENT, ResultRecorded.of(
                provider.tenantId, Instant.now(), course.id(), absent.id(), other.id(), false, false, null)));
        assertThat(api.call(ApiGatewayEvents.get("/qualification-holders/" + other.id())
                .bearer(provider.adminToken())).status()).isEqualTo(404);
    }

    private String passEnvelope(Course course, Student student) {
        return FunctionUnderTest.envelope(EventSources.ENROLMENT, ResultRecorded.of(
                provider.tenantId, Instant.now(), course.id(), passedEnrolment(course, student), student.id(), true,
                true, null));
    }

    /** The id of the student's enrolment on the course, passed as the enrolment function records it. */
    private String passedEnrolment(Course course, Student student) {
        return provider.enrol(course, student.id(), EnrolmentStatus.CONFIRMED, true).id();
    }

    private String number(Student student) {
        return api.call(ApiGatewayEvents.get("/qualification-holders/" + student.id()).bearer(provider.adminToken()))
                .json().path("qualificationNumber").asText();
    }

    private Student student(String firstName, String organisationId) {
        Student student = new Student(Ids.newId(), provider.tenantId, firstName, "Jansen",
                firstName.toLowerCase() + "@example.nl", LocalDate.of(1990, 4, 2), organisationId, Instant.now());
        api.bean(StudentRepository.class).save(student);
        return student;
    }

    private Course course(String type) {
        List<CourseDay> days = List.of(new CourseDay(FIRST_DAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new CourseDay(LAST_DAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Course course = new Course(Ids.newId(), provider.tenantId, new CourseDetails(type, CourseKind.CERTIFIED, null,
                null, days, 12, null, 12, "Utrecht", false, false, false, null, Set.of()),
                CourseStatus.OPEN, 0, 0, Instant.now());
        api.aws().dynamoDbClient().putItem(b -> b.tableName(api.aws().tableName()).item(CourseItems.toItem(course)));
        return course;
    }
}
