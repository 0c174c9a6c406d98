package io.coursedesk.passes;

import io.coursedesk.harness.LocalAws;
import io.coursedesk.shared.domain.Candidate;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Programme;
import io.coursedesk.shared.domain.ProgrammeStep;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CandidateItems;
import io.coursedesk.shared.persistence.ProgrammeItems;
import io.coursedesk.shared.persistence.StudentItems;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationResultItems;
import io.coursedesk.shared.persistence.StudentItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fresh provider (tenant) with tokens for its people, and its organisations, courses and enrolments written straight into the table the way the enrolment function writes
 * them (its item mappings are shared), so this function's tests need not run that function.
 */
public final class CourseWorld {
    final LocalAws aws;
    public final String tenantId = "t" + Ids.newId().replace("-", "").substring(0, 12);

    public CourseWorld(LocalAws aws) {
        this.aws = aws;
    }

    public String adminToken() {
        return aws.tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    public String studentToken(String studentId) {
        return aws.tokens().forSubject("student-" + studentId).tenantId(tenantId).role("STUDENT")
                .studentId(studentId).email(studentId + "@example.nl").name("Cursist").mint();
    }

    String contactToken(String organisationId) {
        return contactToken("contact-" + organisationId, organisationId);
    }

    /** A contact person of the organisation; each subject is another person. */
    public String contactToken(String subject, String organisationId) {
        return aws.tokens().forSubject(subject).tenantId(tenantId).role("ORGANISATION_CONTACT")
                .organisationId(organisationId).email(subject + "@" + organisationId + ".example").name("Contact").mint();
    }

    /** A customer of the provider; returns its id. */
    public String organisation(String name) {
        String organisationId = Ids.newId();
        put(OrganisationItems.toItem(new Organisation(organisationId, tenantId, name, null, "Carla Contact",
                "carla@example.nl", "billing@example.nl", null, false, Instant.now())));
        return organisationId;
    }

    /** Every item of this provider, sorted by key (a test-only scan, to see what a request wrote). */
    public List<Map<String, AttributeValue>> items() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        aws.dynamoDbClient().scanPaginator(b -> b.tableName(aws.tableName())
                        .filterExpression("begins_with(PK, :tenant)")
                        .expressionAttributeValues(Map.of(":tenant", AttributeValue.fromS("T#" + tenantId + "#"))))
                .items().forEach(items::add);
        items.sort(Comparator.comparing(item -> item.get("PK").s() + " " + item.get("SK").s()));
        return items;
    }

    /** An open course on one day, a month from now. */
    Course course(boolean whiteLabel) {
        return course(whiteLabel, CourseStatus.OPEN, LocalDate.now().plusMonths(1));
    }

    /** A course of type BHV in Utrecht on these days, 09:00 to 17:00. */
    Course course(boolean whiteLabel, CourseStatus status, LocalDate... days) {
        return course("BHV", whiteLabel, status, days);
    }

    /** An open course of this type on one day. */
    Course course(String type, LocalDate day) {
        return course(type, false, CourseStatus.OPEN, day);
    }

    private Course course(String type, boolean whiteLabel, CourseStatus status, LocalDate... days) {
        List<CourseDay> courseDays = Arrays.stream(days)
                .map(day -> new CourseDay(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList();
        Course course = new Course(Ids.newId(), tenantId, new CourseDetails(type, CourseKind.CERTIFIED, null, null,
                courseDays, 12, null, 12, "Utrecht", false, false, whiteLabel, null, Set.of()), status, 0, 0,
                Instant.now());
        put(CourseItems.toItem(course));
        return course;
    }

    /** The student's enrolment on the course, with the course's "is enrolled" marker. */
    Enrolment enrol(Course course, String studentId, EnrolmentStatus status) {
        return enrol(course, studentId, status, null);
    }

    /** The same with a result: {@code present} null while none is recorded. */
    public Enrolment enrol(Course course, String studentId, EnrolmentStatus status, Boolean present) {
        Enrolment enrolment = new Enrolment(Ids.newId(), tenantId, course.id(), studentId, null, status, Instant.now(),
                present, present, null, course.details().firstDay().date(), null);
        put(EnrolmentItems.toItem(enrolment));
        put(EnrolmentItems.marker(tenantId, course.id(), studentId, enrolment.id()));
        listResult(enrolment, null);
        return enrolment;
    }

    /** The enrolment with its result corrected, as the enrolment function writes a corrected result. */
    public Enrolment correctResult(Enrolment enrolment, boolean passed) {
        Enrolment corrected = enrolment.withResult(true, passed);
        put(EnrolmentItems.toItem(corrected));
        listResult(corrected, null);
        return corrected;
    }

    /** The certificate a passed result issues, expiring on {@code expiryDate} (null: never). */
    public void certificate(Enrolment enrolment, String courseType, LocalDate expiryDate) {
        put(CertificateItems.toItem(new Certificate(tenantId, enrolment.studentId(), enrolment.id(),
                enrolment.courseId(), courseType, enrolment.courseFirstDay(), expiryDate)));
        listResult(enrolment, expiryDate);
    }

    /** A recorded result enters the results list of the student's organisation, as recording it does. */
    private void listResult(Enrolment enrolment, LocalDate certificateExpiry) {
        Student student = StudentItems.fromItem(Item.of(aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName())
                .key(StudentItems.key(tenantId, enrolment.studentId()))).item()));
        RecordedResult.of(enrolment, certificateExpiry).filter(result -> student.organisationId() != null)
                .ifPresent(result -> put(OrganisationResultItems.toItem(student.organisationId(), student, result)));
    }

    /** The student linked to another organisation by their item alone: the list of the one they left keeps their entries. */
    public void relink(Student student, String organisationId) {
        put(StudentItems.toItem(student.withOrganisation(organisationId)));
    }

    /** A student, linked to the organisation (null: none), with an email made of the first name. */
    public Student student(String firstName, String lastName, LocalDate birthDate, String organisationId) {
        Student student = new Student(Ids.newId(), tenantId, firstName, lastName,
                firstName.toLowerCase().replaceAll("[^a-z]", "") + "@example.nl", birthDate, organisationId,
                Instant.now());
        put(StudentItems.toItem(student));
        return student;
    }

    /** The student linked to the organisation as candidate, as the enrolment function links them. */
    public void candidate(Student student, String organisationId, Instant linkedAt) {
        put(CandidateItems.toItem(new Candidate(student.id(), tenantId, organisationId, student.firstName(),
                student.lastName(), linkedAt)));
    }

    /** A programme of these steps; returns its id. */
    public String programme(String name, ProgrammeStep... steps) {
        Programme programme = new Programme(Ids.newId(), tenantId, name, List.of(steps), Instant.now());
        put(ProgrammeItems.toItem(programme));
        return programme.id();
    }

    private void put(Map<String, AttributeValue> item) {
        aws.dynamoDbClient().putItem(b -> b.tableName(aws.tableName()).item(item));
    }
}
