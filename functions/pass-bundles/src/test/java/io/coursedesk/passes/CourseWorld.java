package io.coursedesk.passes;

import io.coursedesk.harness.LocalAws;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fresh provider's courses and enrolments, written straight into the table the way the enrolment function writes
 * them (its item mappings are shared), so this function's tests need not run that function.
 */
final class CourseWorld {
    final LocalAws aws;
    final String tenantId = "t" + Ids.newId().replace("-", "").substring(0, 12);

    CourseWorld(LocalAws aws) {
        this.aws = aws;
    }

    String adminToken() {
        return aws.tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    String studentToken(String studentId) {
        return aws.tokens().forSubject("student-" + studentId).tenantId(tenantId).role("STUDENT")
                .studentId(studentId).email(studentId + "@example.nl").name("Cursist").mint();
    }

    String contactToken(String organisationId) {
        return aws.tokens().forSubject("contact-" + organisationId).tenantId(tenantId).role("ORGANISATION_CONTACT")
                .organisationId(organisationId).email("contact@" + organisationId + ".example").name("Contact").mint();
    }

    /** An open course on one day, a month from now. */
    Course course(boolean whiteLabel) {
        LocalDate day = LocalDate.now().plusMonths(1);
        Course course = new Course(Ids.newId(), tenantId, new CourseDetails("BHV", CourseKind.CERTIFIED, null, null,
                List.of(new CourseDay(day, LocalTime.of(9, 0), LocalTime.of(17, 0))), 12, null, 12,
                "Utrecht", false, false, whiteLabel, null, Set.of()), CourseStatus.OPEN, 0, 0, Instant.now());
        put(CourseItems.toItem(course));
        return course;
    }

    /** The student's enrolment on the course, with the course's "is enrolled" marker. */
    Enrolment enrol(Course course, String studentId, EnrolmentStatus status) {
        Enrolment enrolment = new Enrolment(Ids.newId(), tenantId, course.id(), studentId, null, status, Instant.now(),
                null, null, null, course.details().firstDay().date());
        put(EnrolmentItems.toItem(enrolment));
        put(EnrolmentItems.marker(tenantId, course.id(), studentId, enrolment.id()));
        return enrolment;
    }

    private void put(Map<String, AttributeValue> item) {
        aws.dynamoDbClient().putItem(b -> b.tableName(aws.tableName()).item(item));
    }
}
