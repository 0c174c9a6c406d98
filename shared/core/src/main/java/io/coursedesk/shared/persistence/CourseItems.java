package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.RequiredDocument;
import io.coursedesk.shared.time.Zones;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Course items: {@code PK=T#<t>#COURSE#<id>, SK=COURSE}; listed on GSI1 ({@code T#<t>#COURSES}, by first day)
 * and, while open, in the public catalogue on GSI2 ({@code CATALOGUE#<yyyy-MM of the start>}, by start instant
 * and tenant): the one deliberately cross-provider index, read only for the catalogue's public fields. The course's
 * enrolments live in the same partition (see {@link EnrolmentItems}).
 */
public final class CourseItems {
    public static final String SK = "COURSE";
    public static final String STATUS = "status";
    public static final String CONFIRMED_COUNT = "confirmedCount";
    public static final String MAX_PARTICIPANTS = "maxParticipants";
    public static final String WAITLIST_VERSION = "waitlistVersion";
    public static final String LEAD_INSTRUCTOR = "leadInstructorId";
    public static final String SECOND_INSTRUCTOR = "secondInstructorId";
    public static final String PRICE_CENTS = "priceCents";
    /** Detail attributes that may be absent; an update removes them when the new details leave them out. */
    private static final List<String> OPTIONAL = List.of(LEAD_INSTRUCTOR, SECOND_INSTRUCTOR,
            "certificateValidityMonths", "certificateExpiryDate", "remarks", PRICE_CENTS, Table.GSI2_PK, Table.GSI2_SK);

    private CourseItems() {
    }

    public static String pk(String tenantId, String courseId) {
        return Keys.entity(tenantId, "COURSE", courseId);
    }

    public static Map<String, AttributeValue> key(String tenantId, String courseId) {
        return TableReads.key(pk(tenantId, courseId), SK);
    }

    public static String listing(String tenantId) {
        return Keys.collection(tenantId, "COURSES");
    }

    /** One catalogue partition per month in which courses start, so no single partition takes every write. */
    public static String catalogue(YearMonth month) {
        return "CATALOGUE#" + month;
    }

    public static YearMonth catalogueMonth(Instant startsAt) {
        return YearMonth.from(startsAt.atZone(Zones.AMSTERDAM));
    }

    /** Catalogue sort keys start with the start instant at second precision, so they compare as strings. */
    public static String catalogueSortKey(Instant startsAt, String tenantId, String courseId) {
        return startsAt.truncatedTo(ChronoUnit.SECONDS) + "#" + tenantId + "#" + courseId;
    }

    public static Map<String, AttributeValue> toItem(Course course) {
        return Item.of(new HashMap<>(key(course.tenantId(), course.id())))
                .with("courseId", course.id())
                .with("tenantId", course.tenantId())
                .with(STATUS, course.status().name())
                .with(CONFIRMED_COUNT, course.confirmedCount())
                .with(WAITLIST_VERSION, course.waitlistVersion())
                .with("createdAt", course.createdAt())
                .withAll(details(course.tenantId(), course.id(), course.status(), course.details()))
                .attributes();
    }

    /**
     * Sets the details of an existing course (and its index keys), removing optional attributes the new
     * details leave out. The caller adds its conditions.
     */
    public static ItemUpdate detailsUpdate(Course course, CourseDetails details) {
        Map<String, AttributeValue> values = details(course.tenantId(), course.id(), course.status(), details);
        ItemUpdate update = ItemUpdate.of(key(course.tenantId(), course.id())).setAll(values);
        OPTIONAL.stream().filter(attribute -> !values.containsKey(attribute)).forEach(update::remove);
        return update;
    }

    private static Map<String, AttributeValue> details(String tenantId, String courseId, CourseStatus status,
                                                       CourseDetails details) {
        List<Item> days = details.days().stream().map(day -> Item.create()
                .with("date", day.date()).with("startTime", day.startTime()).with("endTime", day.endTime())).toList();
        Item item = Item.create()
                .with(Table.GSI1_PK, listing(tenantId))
                .with(Table.GSI1_SK, details.firstDay().date() + "#" + courseId)
                .with("type", details.type())
                .with("kind", details.kind().name())
                .with(LEAD_INSTRUCTOR, details.leadInstructorId())
                .with(SECOND_INSTRUCTOR, details.secondInstructorId())
                .with("days", Item.listOf(days))
                .with("startsAt", details.startsAt())
                .with("certificateValidityMonths", details.certificateValidityMonths())
                .with("certificateExpiryDate", details.certificateExpiryDate())
                .with(MAX_PARTICIPANTS, details.maxParticipants())
                .with("location", details.location())
                .with("visibleToOtherProviders", details.visibleToOtherProviders())
                .with("code95", details.code95())
                .with("whiteLabel", details.whiteLabel())
                .with("remarks", details.remarks())
                .with(PRICE_CENTS, details.priceCents())
                .with("requiredDocuments", Item.stringList(details.requiredDocuments().stream().map(Enum::name).sorted().toList()));
        // a white-label course takes no enrolments here, so the catalogue does not offer it
        if (status == CourseStatus.OPEN && !details.whiteLabel()) {
            item.with(Table.GSI2_PK, catalogue(catalogueMonth(details.startsAt())))
                    .with(Table.GSI2_SK, catalogueSortKey(details.startsAt(), tenantId, courseId));
        }
        return item.attributes();
    }

    public static Course fromItem(Item item) {
        List<CourseDay> days = item.list("days").stream()
                .map(day -> new CourseDay(day.date("date"), day.time("startTime"), day.time("endTime"))).toList();
        EnumSet<RequiredDocument> documents = EnumSet.noneOf(RequiredDocument.class);
        item.strings("requiredDocuments").forEach(name -> documents.add(RequiredDocument.valueOf(name)));
        CourseDetails details = new CourseDetails(item.string("type"), item.enumValue("kind", CourseKind.class),
                item.string(LEAD_INSTRUCTOR), item.string(SECOND_INSTRUCTOR), days,
                item.integer("certificateValidityMonths"), item.date("certificateExpiryDate"),
                item.integer(MAX_PARTICIPANTS), item.string("location"), item.flag("visibleToOtherProviders"),
                item.flag("code95"), item.flag("whiteLabel"), item.string("remarks"), documents,
                item.attributes().containsKey(PRICE_CENTS) ? item.longValue(PRICE_CENTS, 0) : null);
        return new Course(item.string("courseId"), item.string("tenantId"), details,
                item.enumValue(STATUS, CourseStatus.class), item.integer(CONFIRMED_COUNT),
                item.longValue(WAITLIST_VERSION, 0), item.instant("createdAt"));
    }
}
