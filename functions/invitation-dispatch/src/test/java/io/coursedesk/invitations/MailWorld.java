package io.coursedesk.invitations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.dispatch.EmailLog;
import io.coursedesk.invitations.api.InvitationDispatchHandler;
import io.coursedesk.invitations.templates.TemplateRepository;
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
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.events.NoteIssued;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.FailedNotes;
import io.coursedesk.shared.persistence.NoteItems;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.ModuleSettingsRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.PropertySource;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The world the mail tests run in: the local AWS of this JVM (DynamoDB Local, the local bus, the SES emulator,
 * S3Proxy), both functions of the module with their real handlers, and the table data a mail needs, written with
 * the shared repositories. Every test makes its own provider and addresses, so tests never see each other's mails.
 */
public final class MailWorld {
    public static final String DISPATCH_FUNCTION = "InvitationDispatchFunction";
    public static final String API_FUNCTION = "InvitationsApiFunction";
    public static final Duration WAIT = Duration.ofSeconds(20);
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>]+)>\\s*$");
    private static MailWorld instance;

    public final LocalAws aws;
    public final FunctionUnderTest dispatch;
    public final FunctionUnderTest api;
    public final StudentRepository students;
    public final OrganisationRepository organisations;
    public final ProviderRepository providers;
    public final EnrolmentRepository enrolments;
    public final InstructorRepository instructors;
    public final EmailLog emailLog;
    public final TemplateRepository templates;
    public final ModuleSettingsRepository modules;
    /** The notes whose mail to the payer failed, as the dashboard reads them. */
    public final FailedNotes failedNotes;
    private final DynamoDbClient dynamoDb;

    private MailWorld() {
        aws = LocalAws.get().withSes().withS3();
        dispatch = FunctionUnderTest.events(DISPATCH_FUNCTION, new InvitationDispatchHandler());
        api = FunctionUnderTest.http(API_FUNCTION, new APIGatewayV2HTTPEventFunction());
        dynamoDb = aws.dynamoDbClient();
        Table table = new Table(aws.tableName());
        TableReads reads = new TableReads(dynamoDb, table);
        students = new StudentRepository(dynamoDb, table, reads);
        organisations = new OrganisationRepository(dynamoDb, table, reads);
        providers = new ProviderRepository(dynamoDb, table, reads);
        enrolments = new EnrolmentRepository(dynamoDb, table, reads);
        instructors = new InstructorRepository(dynamoDb, table, reads);
        emailLog = new EmailLog(dynamoDb, table, reads, Clock.systemUTC(), Duration.ofSeconds(90));
        templates = new TemplateRepository(dynamoDb, table, reads);
        modules = new ModuleSettingsRepository(dynamoDb, table, reads);
        failedNotes = new FailedNotes(dynamoDb, table);
    }

    public static synchronized MailWorld get() {
        if (instance == null) {
            instance = new MailWorld();
        }
        return instance;
    }

    /** The bus delivers to the dispatch function from now on, once per event; other functions' rules are ignored. */
    public EventBus connectBus() {
        aws.eventBus().reset();
        dispatch.receiveFromBus();
        return aws.eventBus();
    }

    /** A dispatch function of its own, configured as the shared one but for these properties; the test closes it. */
    public static FunctionUnderTest dispatchFunction(Map<String, Object> properties) {
        ApplicationContextBuilder builder = ApplicationContext.builder();
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        builder.propertySources(PropertySource.of("test-overrides", properties, Integer.MAX_VALUE));
        return FunctionUnderTest.events(DISPATCH_FUNCTION, new InvitationDispatchHandler(builder.start()));
    }

    /** Publishes the event on the local bus, which matches it against the template's rules. */
    public void publish(String source, DomainEvent event) {
        try {
            aws.eventBus().publish(source, event.detailType(), JSON.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---------------------------------------------------------------- mail

    public StoredEmail awaitEmailTo(String address, Predicate<StoredEmail> condition) {
        return aws.ses().awaitEmail(mail -> addresses(mail).contains(address) && condition.test(mail), WAIT);
    }

    public StoredEmail awaitEmailTo(String address) {
        return awaitEmailTo(address, mail -> true);
    }

    public List<StoredEmail> emailsTo(String address) {
        return aws.ses().storedEmails().stream().filter(mail -> addresses(mail).contains(address)).toList();
    }

    /** The bare addresses of every recipient ({@code "Name" <a@b.nl>} becomes {@code a@b.nl}). */
    public static List<String> addresses(StoredEmail mail) {
        return mail.recipients().stream().map(MailWorld::bareAddress).toList();
    }

    public static String bareAddress(String mailbox) {
        Matcher matcher = ANGLE_ADDRESS.matcher(mailbox);
        return matcher.find() ? matcher.group(1) : mailbox.strip();
    }

    // ---------------------------------------------------------------- data

    /** What a delivery leaves behind when it dies between claiming a mail and sending it. */
    public void leaveClaim(String tenantId, String eventId, String mailKey, Instant at) {
        dynamoDb.putItem(b -> b.tableName(aws.tableName()).item(Item.create()
                .with(Table.PK, Keys.entity(tenantId, "MAIL", eventId))
                .with(Table.SK, "TO#" + mailKey)
                .with("status", "CLAIMED")
                .with("claimedAt", at.toEpochMilli())
                .with("claimId", "a-delivery-that-died")
                .with("attempts", 1)
                .attributes()));
    }

    /** A debit or credit note as the daily run issues it: its note item (the event is the test's to deliver). */
    public <N extends NoteIssued> N issue(N note) {
        dynamoDb.transactWriteItems(b -> b.transactItems(NoteItems.note(aws.tableName(), note, note.occurredAt())));
        return note;
    }

    /** A new provider with its profile; its addresses end in {@code @<tenant>.example}. */
    public String newTenant() {
        String tenantId = "p-" + UUID.randomUUID().toString().substring(0, 8);
        providers.save(new Provider(tenantId, "Opleidingen Zuid", "planning@" + tenantId + ".example"));
        return tenantId;
    }

    public Course course(String tenantId, String type, String leadInstructorId) {
        return course(tenantId, type, leadInstructorId, CourseStatus.OPEN);
    }

    public Course cancelledCourse(String tenantId, String type) {
        return course(tenantId, type, null, CourseStatus.CANCELLED);
    }

    private Course course(String tenantId, String type, String leadInstructorId, CourseStatus status) {
        return course(tenantId, type, leadInstructorId, status, LocalDate.of(2031, 9, 8));
    }

    /** An open course of one day, from 09:30 to 17:30 Amsterdam time. */
    public Course courseOn(String tenantId, String type, LocalDate day) {
        return course(tenantId, type, null, CourseStatus.OPEN, day);
    }

    private Course course(String tenantId, String type, String leadInstructorId, CourseStatus status, LocalDate day) {
        CourseDetails details = new CourseDetails(type, CourseKind.CERTIFIED, leadInstructorId, null,
                List.of(new CourseDay(day, LocalTime.of(9, 30), LocalTime.of(17, 30))),
                24, null, 12, "Utrecht, Stationsplein 1", false, false, false, null, Set.of());
        Course course = new Course(Ids.newId(), tenantId, details, status, 0, 0, Instant.now());
        dynamoDb.putItem(b -> b.tableName(aws.tableName()).item(CourseItems.toItem(course)));
        return course;
    }

    public Organisation organisation(String tenantId, String name, boolean correspondenceViaContact) {
        String id = Ids.newId();
        Organisation organisation = new Organisation(id, tenantId, name, new Address("Markt 1", "5211 AA",
                "'s-Hertogenbosch", "NL"), "Carla Contact", "contact-" + id.substring(0, 8) + "@" + tenantId + ".example",
                null, null, correspondenceViaContact, Instant.now());
        organisations.save(organisation);
        return organisation;
    }

    public Student student(String tenantId, String firstName, String lastName, Organisation organisation) {
        String id = Ids.newId();
        Student student = new Student(id, tenantId, firstName, lastName, "student-" + id.substring(0, 8) + "@" + tenantId
                + ".example", LocalDate.of(1990, 1, 1), organisation == null ? null : organisation.id(), Instant.now());
        students.save(student);
        return student;
    }

    public Enrolment enrol(Course course, Student student, EnrolmentStatus status) {
        Enrolment enrolment = new Enrolment(Ids.newId(), course.tenantId(), course.id(), student.id(), null, status,
                Instant.now(), null, null, null, course.details().firstDay().date(), null);
        dynamoDb.putItem(b -> b.tableName(aws.tableName()).item(EnrolmentItems.toItem(enrolment)));
        return enrolment;
    }

    /** The student's certificate of a passed course of {@code courseType}, as the enrolment function stores it. */
    public Certificate certificate(Student student, String courseType, LocalDate issuedOn, LocalDate expiryDate) {
        Certificate certificate = new Certificate(student.tenantId(), student.id(), Ids.newId(), Ids.newId(),
                courseType, issuedOn, expiryDate);
        dynamoDb.putItem(b -> b.tableName(aws.tableName()).item(CertificateItems.toItem(certificate)));
        return certificate;
    }

    public Instructor instructor(String tenantId, String name) {
        String id = Ids.newId();
        Instructor instructor = new Instructor(id, tenantId, name, "instructor-" + id.substring(0, 8) + "@" + tenantId
                + ".example", Set.of("BHV"), false, Instant.now());
        instructors.add(instructor);
        return instructor;
    }
}
