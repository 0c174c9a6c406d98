package io.coursedesk.passes.holders;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.ResultRecorded;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.TransactionWriter;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A passed course becomes a qualification of the student; a result changed to not passed takes it away. The
 * student's holder has the student's id as its holder id, and the qualification the enrolment's id, so a
 * redelivered event finds its work done and changes nothing. A new holder gets the next free qualification
 * number of the provider's counter, once, in the transaction that creates them.
 */
@Singleton
public class QualificationFromResult implements EventConsumer<ResultRecorded> {
    private static final Logger LOG = LoggerFactory.getLogger(QualificationFromResult.class);
    /** Student numbers look like the imported ones (8 digits) and start here. */
    static final long FIRST_NUMBER = 10_000_001L;
    /** A write that found the holder (or the counter) changed meanwhile reads again; this many times at most. */
    private static final int ATTEMPTS = 10;

    private final QualificationHolderRepository holders;
    private final StudentRepository students;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final TransactionWriter transactions;

    public QualificationFromResult(QualificationHolderRepository holders, StudentRepository students,
                                   CourseRepository courses, EnrolmentRepository enrolments,
                                   TransactionWriter transactions) {
        this.holders = holders;
        this.students = students;
        this.courses = courses;
        this.enrolments = enrolments;
        this.transactions = transactions;
    }

    @Override
    public Class<ResultRecorded> eventType() {
        return ResultRecorded.class;
    }

    @Override
    public void accept(ResultRecorded event, Context lambdaContext) {
        if (isStale(event)) {
            // results can be corrected and events arrive out of order: the event that matches the enrolment as it
            // is now does the work, so a late "passed" never brings back a qualification a correction took away
            LOG.info("event {} no longer matches its enrolment's result; nothing to do", event.eventId());
            return;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (event.passed() ? grant(event) : revoke(event)) {
                return;
            }
        }
        // failing the invocation makes Lambda deliver the event again later
        throw new IllegalStateException("holder " + event.studentId() + " kept changing; event " + event.eventId());
    }

    private boolean isStale(ResultRecorded event) {
        boolean passedNow = enrolments.find(event.tenantId(), event.courseId(), event.enrolmentId())
                .filter(enrolment -> enrolment.studentId().equals(event.studentId()))
                .map(enrolment -> Boolean.TRUE.equals(enrolment.passed()))
                .orElse(false);
        return passedNow != event.passed();
    }

    /** False when the write found something changed meanwhile. */
    private boolean grant(ResultRecorded event) {
        Optional<Student> student = students.find(event.tenantId(), event.studentId());
        Optional<Course> course = courses.find(event.tenantId(), event.courseId());
        if (student.isEmpty() || course.isEmpty()) {
            LOG.warn("no qualification for event {}: its student or course is gone", event.eventId());
            return true;
        }
        Qualification qualification = qualification(event, course.get());
        Optional<HolderWithQualifications> previous = holders.find(event.tenantId(), event.studentId());
        if (previous.flatMap(p -> p.qualification(qualification.qualificationId())).filter(qualification::equals).isPresent()) {
            return true;
        }
        List<Qualification> qualifications = new ArrayList<>(previous.map(HolderWithQualifications::qualifications)
                .orElse(List.of()).stream().filter(q -> !q.qualificationId().equals(qualification.qualificationId()))
                .toList());
        qualifications.add(qualification);
        List<TransactWriteItem> items = new ArrayList<>();
        QualificationHolder holder;
        if (previous.isPresent()) {
            holder = previous.get().holder();
        } else {
            long read = holders.lastGivenNumber(event.tenantId());
            long number = nextFreeNumber(event.tenantId(), Math.max(read + 1, FIRST_NUMBER));
            holder = newHolder(student.get(), Long.toString(number));
            items.add(holders.giveNumber(event.tenantId(), read, number));
        }
        items.addAll(holders.save(holder, qualifications, previous));
        return transactions.write(items).committed();
    }

    private boolean revoke(ResultRecorded event) {
        Optional<HolderWithQualifications> previous = holders.find(event.tenantId(), event.studentId());
        if (previous.isEmpty() || previous.get().qualification(event.enrolmentId()).isEmpty()) {
            return true;
        }
        List<Qualification> remaining = previous.get().qualifications().stream()
                .filter(q -> !q.qualificationId().equals(event.enrolmentId())).toList();
        return transactions.write(holders.save(previous.get().holder(), remaining, previous)).committed();
    }

    /** Numbers an import took are skipped (the uniqueness item would refuse them anyway). */
    private long nextFreeNumber(String tenantId, long from) {
        long number = from;
        while (!holders.holderIdsByNumber(tenantId, Set.of(Long.toString(number))).isEmpty()) {
            number++;
        }
        return number;
    }

    private static QualificationHolder newHolder(Student student, String qualificationNumber) {
        List<Membership> memberships = student.organisationId() == null ? List.of()
                : List.of(new Membership(student.organisationId(), null));
        return new QualificationHolder(student.id(), student.tenantId(), qualificationNumber, student.fullName(),
                student.birthDate(), student.id(), memberships);
    }

    /** The certificate of the course: its type as name and code, its last day as exam date. */
    private static Qualification qualification(ResultRecorded event, Course course) {
        return new Qualification(event.enrolmentId(), course.type(), course.type(), QualificationType.CERTIFICATE,
                null, null, course.details().lastDay().date(), event.certificateExpiryDate());
    }
}
