package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.SubscriptionTerms;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /subscription/quote} on the table: the manual's example, courses counted by first day. */
class SubscriptionQuoteTest extends FunctionTest {

    private static ProviderRepository providers() {
        Table table = new Table(function.aws().tableName());
        return new ProviderRepository(function.aws().dynamoDbClient(), table,
                new TableReads(function.aws().dynamoDbClient(), table));
    }

    /** A copy of the course on {@code date} with a new id, written straight into the table (the API refuses the past). */
    private static void copy(Course course, LocalDate date, CourseStatus status) {
        CourseDetails d = course.details();
        CourseDetails moved = new CourseDetails(d.type(), d.kind(), d.leadInstructorId(), d.secondInstructorId(),
                List.of(new CourseDay(date, d.days().get(0).startTime(), d.days().get(0).endTime())),
                d.certificateValidityMonths(), d.certificateExpiryDate(), d.maxParticipants(), d.location(),
                d.visibleToOtherProviders(), d.code95(), d.whiteLabel(), d.remarks(), d.requiredDocuments());
        Course copy = new Course(Ids.newId(), course.tenantId(), moved, status, 0, 0, course.createdAt());
        function.aws().dynamoDbClient().putItem(b -> b.tableName(function.aws().tableName())
                .item(CourseItems.toItem(copy)));
    }

    @Test
    void aMemberWithThirtyCoursesLastYearAndThreeModulesPaysEighteenEuroAMonth() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(10);
        Course course = CourseItems.fromItem(function.item(CourseItems.key(tenant.id, courseId)));
        int lastYear = LocalDate.now(Zones.AMSTERDAM).getYear() - 1;
        for (int i = 0; i < 30; i++) {
            copy(course, LocalDate.of(lastYear, 1, 1).plusDays(i * 12L), CourseStatus.OPEN);
        }
        copy(course, LocalDate.of(lastYear, 6, 1), CourseStatus.CANCELLED);
        copy(course, LocalDate.of(lastYear - 1, 12, 31), CourseStatus.OPEN);
        tenant.asAdmin("PUT", "/provider", Map.of("name", "Lid Instituut", "notificationEmail", "planning@lid.example"));
        providers().setSubscriptionTerms(tenant.id, new SubscriptionTerms(LocalDate.of(2020, 1, 6), true));
        tenant.asAdmin("PUT", "/settings/modules", Map.of("externalCourses", false, "invitations", true,
                "instructorInvitations", false, "customers", true, "certificationData", true));

        ApiGatewayResponse quote = tenant.asAdmin("GET", "/subscription/quote", null);

        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.json().get("courses").asLong()).isEqualTo(30);
        assertThat(quote.text("bundle")).isEqualTo("SILVER");
        assertThat(quote.json().get("modules").asInt()).isEqualTo(3);
        assertThat(quote.json().get("monthlyCents").asLong()).isEqualTo(1800);
        assertThat(quote.json().get("oneTimeCents").asLong()).isZero();
        assertThat(quote.json().get("lines")).hasSize(5);
        assertThat(quote.body()).contains("invitations, customers, certificationData");
    }

    @Test
    void theProviderAdminsProfileLeavesTheOperatorsTermsAsTheyAre() {
        Tenant tenant = new Tenant(function);
        providers().save(new Provider(tenant.id, "Eerst", "eerst@example.nl"));
        SubscriptionTerms terms = new SubscriptionTerms(LocalDate.of(2026, 1, 1), true);
        providers().setSubscriptionTerms(tenant.id, terms);

        ApiGatewayResponse profile = tenant.asAdmin("PUT", "/provider",
                Map.of("name", "Daarna", "notificationEmail", "daarna@example.nl"));

        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(providers().subscriptionTerms(tenant.id)).isEqualTo(terms);
        assertThat(providers().find(tenant.id).orElseThrow().name()).isEqualTo("Daarna");
    }
}
