package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.reminders.api.RemindersScheduleHandler;
import io.coursedesk.shared.domain.Address;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.MailTemplates;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.StudentItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.time.Zones;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A fresh provider with its courses and enrolments written the way the enrolment and dispatch functions write them,
 * the reminders API and the schedule's handler (shared by all tests, each started once). Each provider lives in a
 * year of its own far ahead, so a run of one test finds nothing of another's.
 */
public final class ReminderWorld {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FunctionUnderTest api;
    private static FunctionUnderTest schedule;

    public final LocalAws aws = LocalAws.get();
    public final String tenantId = "t" + Ids.newId().replace("-", "").substring(0, 12);
    /** This provider's year: every date of its tests lies in it. */
    public final int year = ThreadLocalRandom.current().nextInt(2200, 2900);

    public ReminderWorld() {
        start();
    }

    private static synchronized void start() {
        if (api == null) {
            api = FunctionUnderTest.http("RemindersApiFunction", new APIGatewayV2HTTPEventFunction());
            schedule = FunctionUnderTest.events("RemindersScheduleFunction", new RemindersScheduleHandler());
        }
    }

    public String adminToken() {
        return aws.tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN").mint();
    }

    public String token(String role) {
        return aws.tokens().forSubject(role + "-" + tenantId).tenantId(tenantId).role(role)
                .organisationId("o1").studentId("s1").mint();
    }

    public ApiGatewayResponse call(ApiGatewayEvents.Request request) {
        return api.call(request);
    }

    public ApiGatewayResponse getSettings(String token) {
        return call(ApiGatewayEvents.get("/settings/reminders").bearer(token));
    }

    public ApiGatewayResponse putSettings(String token, Object body) {
        return call(ApiGatewayEvents.put("/settings/reminders").bearer(token).jsonBody(body));
    }

    /**
     * Settings with only the course reminder on, {@code daysBefore} days ahead, with the default text (the switch
     * needs a template of the provider's first).
     */
    public void courseRemindersOn(int daysBefore) {
        template();
        ApiGatewayResponse response = putSettings(adminToken(), settings(course(true, daysBefore, null),
                expiry(false, 4, null), expiry(false, 4, null)));
        if (response.status() != 200) {
            throw new IllegalStateException("settings refused: " + response.body());
        }
    }

    /** Settings with only the certificate reminder on, {@code weeksBefore} weeks ahead, with the default text. */
    public void certificateRemindersOn(int weeksBefore) {
        ApiGatewayResponse response = putSettings(adminToken(), settings(course(false, 3, null),
                expiry(true, weeksBefore, null), expiry(false, 4, null)));
        if (response.status() != 200) {
            throw new IllegalStateException("settings refused: " + response.body());
        }
    }

    /** Settings with only the customer reminder on, {@code weeksBefore} weeks ahead, with the default text. */
    public void customerRemindersOn(int weeksBefore) {
        ApiGatewayResponse response = putSettings(adminToken(), settings(course(false, 3, null),
                expiry(false, 4, null), expiry(true, weeksBefore, null)));
        if (response.status() != 200) {
            throw new IllegalStateException("settings refused: " + response.body());
        }
    }

    public static Map<String, Object> settings(Object course, Object certificate, Object customer) {
        return Map.of("courseReminder", course, "certificateReminder", certificate, "customerReminder", customer);
    }

    public static Map<String, Object> course(Boolean enabled, Integer daysBefore, String templateId) {
        return reminder(enabled, "daysBefore", daysBefore, templateId);
    }

    public static Map<String, Object> expiry(Boolean enabled, Integer weeksBefore, String templateId) {
        return reminder(enabled, "weeksBefore", weeksBefore, templateId);
    }

    private static Map<String, Object> reminder(Boolean enabled, String period, Integer value, String templateId) {
        Map<String, Object> reminder = new HashMap<>();
        reminder.put("enabled", enabled);
        reminder.put(period, value);
        reminder.put("templateId", templateId);
        return reminder;
    }

    /** A mail template of this provider, as the invitation function stores one; returns its id. */
    public String template() {
        String templateId = Ids.newId();
        put(Item.create().with(Table.PK, MailTemplates.pk(tenantId)).with(Table.SK, MailTemplates.sk(templateId))
                .with("id", templateId).with("tenantId", tenantId).with("name", "Herinnering")
                .with("subject", "Herinnering").with("body", "Tot snel").attributes());
        return templateId;
    }

    /** An open course of one day in this provider's year, starting at {@code start} (Amsterdam time). */
    public Course course(LocalDate day, LocalTime start) {
        Course course = new Course(Ids.newId(), tenantId, new CourseDetails("BHV", CourseKind.CERTIFIED, null, null,
                List.of(new CourseDay(day, start, start.plusHours(8))), 12, null, 12, "Utrecht", false, false, false,
                null, Set.of()), CourseStatus.OPEN, 0, 0, Instant.now());
        put(CourseItems.toItem(course));
        return course;
    }

    /** An open course of one day in this provider's year with a price in euro cents ({@code null}: none). */
    public Course pricedCourse(LocalDate day, Long priceCents) {
        Course course = new Course(Ids.newId(), tenantId, new CourseDetails("BHV", CourseKind.CERTIFIED, null, null,
                List.of(new CourseDay(day, LocalTime.of(9, 0), LocalTime.of(17, 0))), 12, null, 30, "Utrecht", false,
                false, false, null, Set.of(), priceCents), CourseStatus.OPEN, 0, 0, Instant.now());
        put(CourseItems.toItem(course));
        return course;
    }

    /**
     * A student confirmed on the course at {@code enrolledAt}, paid by the organisation ({@code null}: by the student),
     * written as the enrolment function writes it: with its debit note's due-date key when the course has a price.
     */
    public Enrolment confirmed(Course course, String studentId, String payerOrganisationId, Instant enrolledAt) {
        Enrolment enrolment = new Enrolment(Ids.newId(), tenantId, course.id(), studentId, payerOrganisationId,
                EnrolmentStatus.CONFIRMED, enrolledAt, null, null, null, course.details().firstDay().date(), null);
        Map<String, AttributeValue> item = new HashMap<>(EnrolmentItems.toItem(enrolment));
        item.putAll(EnrolmentItems.debitNoteDue(tenantId, course.details().priceCents(), enrolment.id(), enrolledAt));
        put(item);
        return enrolment;
    }

    /** An organisation with a billing address ({@code null}: none, only its contact's); returns its id. */
    public String organisation(String billingEmail) {
        Organisation organisation = new Organisation(Ids.newId(), tenantId, "Bouwbedrijf Jansen",
                new Address("Dorpsstraat 1", "3511 AA", "Utrecht", "NL"), "Joke Jansen", "joke@jansen.example",
                billingEmail, null, false, Instant.now());
        put(OrganisationItems.toItem(organisation));
        return organisation.id();
    }

    /** This provider's DebitNoteIssued events on the bus, once per time the bus took one. */
    public List<JsonNode> debitNotes() {
        return aws.eventBus().published().stream()
                .filter(e -> e.detailType().equals("DebitNoteIssued"))
                .filter(e -> e.detail().path("tenantId").asText().equals(tenantId))
                .map(e -> e.detail())
                .toList();
    }

    /** This provider's CreditNoteIssued events on the bus, once per time the bus took one. */
    public List<JsonNode> creditNotes() {
        return aws.eventBus().published().stream()
                .filter(e -> e.detailType().equals("CreditNoteIssued"))
                .filter(e -> e.detail().path("tenantId").asText().equals(tenantId))
                .map(e -> e.detail())
                .toList();
    }

    /**
     * Cancels the enrolment at {@code at} as the enrolment function writes it: with its debit note issued, its credit
     * note becomes due; without, it leaves the debit notes' due index.
     */
    public void cancel(Enrolment enrolment, Instant at) {
        Map<String, AttributeValue> key = EnrolmentItems.key(tenantId, enrolment.courseId(), enrolment.id());
        boolean billed = aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName()).key(key).consistentRead(true))
                .item().containsKey(EnrolmentItems.DEBIT_NOTE_NUMBER);
        ItemUpdate update = ItemUpdate.of(key).set(EnrolmentItems.STATUS, Item.s("CANCELLED"));
        if (billed) {
            update.setAll(EnrolmentItems.creditNotesDue(tenantId, enrolment.id(), at));
        } else {
            update.remove(Table.GSI2_PK).remove(Table.GSI2_SK);
        }
        aws.dynamoDbClient().updateItem(update.toRequest(aws.tableName()));
    }

    /** Cancels the course at {@code at} as the enrolment function writes it: due for its enrolments' credit notes. */
    public void cancel(Course course, Instant at) {
        aws.dynamoDbClient().updateItem(ItemUpdate.of(CourseItems.key(tenantId, course.id()))
                .set(CourseItems.STATUS, Item.s("CANCELLED"))
                .setAll(EnrolmentItems.creditNotesDue(tenantId, course.id(), at)).toRequest(aws.tableName()));
    }

    /** A confirmed participant; {@code invited}: the dispatch function sent them the course's invitation. */
    public Enrolment participant(Course course, boolean invited) {
        return enrol(course, EnrolmentStatus.CONFIRMED, invited);
    }

    public Enrolment enrol(Course course, EnrolmentStatus status, boolean invited) {
        String studentId = Ids.newId();
        Enrolment enrolment = new Enrolment(Ids.newId(), tenantId, course.id(), studentId, null, status,
                Instant.now(), null, null, invited ? Instant.now() : null, course.details().firstDay().date(), null);
        put(EnrolmentItems.toItem(enrolment));
        put(EnrolmentItems.marker(tenantId, course.id(), studentId, enrolment.id()));
        return enrolment;
    }

    /** A student's certificate of a passed course of {@code courseType}, as the enrolment function stores it. */
    public Certificate certificate(String studentId, String courseType, LocalDate issuedOn, LocalDate expiryDate) {
        Certificate certificate = new Certificate(tenantId, studentId, Ids.newId(), Ids.newId(), courseType, issuedOn,
                expiryDate);
        put(CertificateItems.toItem(certificate));
        return certificate;
    }

    /** The same, recorded on {@code recordedOn} as the enrolment function records a passed result. */
    public Certificate recordedCertificate(String studentId, String courseType, LocalDate issuedOn,
                                           LocalDate expiryDate, LocalDate recordedOn) {
        Certificate certificate = new Certificate(tenantId, studentId, Ids.newId(), Ids.newId(), courseType, issuedOn,
                expiryDate);
        put(CertificateItems.toItem(certificate, recordedOn));
        return certificate;
    }

    public Map<String, AttributeValue> certificateItem(Certificate certificate) {
        return aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName()).consistentRead(true)
                .key(CertificateItems.key(tenantId, certificate.studentId(), certificate.enrolmentId()))).item();
    }

    /** A student of the organisation ({@code null}: of none); returns their id. */
    public String student(String organisationId) {
        return student(organisationId, "Kim", "kim@example.nl");
    }

    /** A student of the organisation ({@code null}: of none), named {@code firstName} de Vries; returns their id. */
    public String student(String organisationId, String firstName, String email) {
        Student student = new Student(Ids.newId(), tenantId, firstName, "de Vries", email, null, organisationId,
                Instant.now());
        put(StudentItems.toItem(student));
        return student.id();
    }

    /** Amsterdam wall-clock time as an instant. */
    public static Instant amsterdam(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(Zones.AMSTERDAM).toInstant();
    }

    /** The Sunday of the year's clock change in {@code month} (March: summer time begins, October: it ends). */
    public LocalDate clockChange(Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    /**
     * Runs the schedule at 23:30 Amsterdam time the day before {@code day}, then at 00:30 on {@code day}, which is
     * still the day before in UTC; returns what {@code reminded} lists after each.
     */
    public List<List<String>> runAroundMidnightBefore(LocalDate day, Supplier<List<String>> reminded)
            throws Exception {
        run(amsterdam(day.minusDays(1), LocalTime.of(23, 30)));
        List<String> before = reminded.get();
        Instant justAfterMidnight = amsterdam(day, LocalTime.of(0, 30));
        if (!justAfterMidnight.atOffset(ZoneOffset.UTC).toLocalDate().equals(day.minusDays(1))) {
            throw new IllegalStateException("00:30 in Amsterdam is not the day before in UTC: " + justAfterMidnight);
        }
        run(justAfterMidnight);
        return List.of(before, reminded.get());
    }

    /** Runs the schedule as if it fired at {@code at}; returns its answer once its events are on the bus. */
    public JsonNode run(Instant at) throws Exception {
        String answer = schedule.deliver("{\"scheduledTime\":\"" + at + "\"}");
        aws.awaitEventsSettled(Duration.ofSeconds(20));
        return JSON.readTree(answer);
    }

    /** Runs the schedule twice at the same moment, as of {@code at}; returns how many events both published. */
    public int runTwiceAtOnce(Instant at) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonNode>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit((Callable<JsonNode>) () -> run(at)));
            }
            int published = 0;
            for (Future<JsonNode> run : runs) {
                published += run.get().path("published").asInt();
            }
            return published;
        } finally {
            pool.shutdown();
        }
    }

    /** Changes one attribute of the stored enrolment, as the enrolment function's use case would. */
    public void set(Enrolment enrolment, String attribute, String value) {
        aws.dynamoDbClient().updateItem(b -> b.tableName(aws.tableName())
                .key(EnrolmentItems.key(tenantId, enrolment.courseId(), enrolment.id()))
                .updateExpression("SET #a = :v")
                .expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", Item.s(value))));
    }

    /** The stored enrolment item, read consistently. */
    public Map<String, AttributeValue> enrolmentItem(Enrolment enrolment) {
        return aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName()).consistentRead(true)
                .key(EnrolmentItems.key(tenantId, enrolment.courseId(), enrolment.id()))).item();
    }

    /** The enrolment ids of this provider's CourseReminderDue events on the bus, once per time the bus took one. */
    public List<String> remindedEnrolments() {
        return reminded("CourseReminderDue");
    }

    /**
     * The certificates (their enrolment ids) of this provider's CertificateReminderDue events on the bus, once per
     * time the bus took one.
     */
    public List<String> remindedCertificates() {
        return reminded("CertificateReminderDue");
    }

    /** This provider's CustomerReminderDue events on the bus, once per time the bus took one. */
    public List<JsonNode> customerReminders() {
        return aws.eventBus().published().stream()
                .filter(e -> e.detailType().equals("CustomerReminderDue"))
                .filter(e -> e.detail().path("tenantId").asText().equals(tenantId))
                .map(e -> e.detail())
                .toList();
    }

    private List<String> reminded(String detailType) {
        return aws.eventBus().published().stream()
                .filter(e -> e.detailType().equals(detailType))
                .filter(e -> e.detail().path("tenantId").asText().equals(tenantId))
                .map(e -> e.detail().path("enrolmentId").asText())
                .toList();
    }

    private void put(Map<String, AttributeValue> item) {
        aws.dynamoDbClient().putItem(b -> b.tableName(aws.tableName()).item(item));
    }
}
