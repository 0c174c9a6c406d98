package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.events.ResultRecorded;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.StudentWrites;
import io.coursedesk.shared.persistence.StudentWrites.StudentAsRead;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Records whether a confirmed participant was present and passed, once the course has started. Passing
 * issues the certificate (with the course's expiry date) in the same transaction; undoing a pass
 * withdraws it. The result enters the results list of the participant's organisation in that transaction too.
 */
@Singleton
public class RecordResult {
    private final EnrolmentLookup lookup;
    private final Transactions transactions;
    private final Outbox outbox;
    private final StudentRepository students;
    private final Clock clock;

    public RecordResult(EnrolmentLookup lookup, Transactions transactions, Outbox outbox, StudentRepository students,
                        Clock clock) {
        this.lookup = lookup;
        this.students = students;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Enrolment record(Caller caller, String courseId, String enrolmentId, ResultRequest request) {
        Course course = lookup.course(caller, courseId);
        Enrolment enrolment = lookup.enrolment(caller, courseId, enrolmentId);
        InvalidFields invalid = new InvalidFields();
        boolean complete = invalid.required(request.present(), "present") & invalid.required(request.passed(), "passed");
        if (complete) {
            invalid.check(request.present() || !request.passed(), "passed", "cannot be true for someone who was absent");
        }
        invalid.throwIfAny();
        Instant now = clock.instant();
        if (!course.isOpen()) {
            throw ProblemException.conflict("The course is cancelled.");
        }
        if (!course.hasStarted(now)) {
            throw ProblemException.conflict("Results can be recorded once the course has started.");
        }
        if (enrolment.status() != EnrolmentStatus.CONFIRMED) {
            throw ProblemException.conflict("Only confirmed participants get a result.");
        }
        LocalDate expiry = request.passed() ? course.details().certificateExpiry() : null;
        Enrolment recorded = enrolment.withResult(request.present(), request.passed());
        RecordedResult result = RecordedResult.of(recorded, expiry).orElseThrow();
        String table = transactions.tableName();
        TransactWriteItem certificate = request.passed()
                ? TransactWriteItem.builder().put(Put.builder().tableName(table).item(CertificateItems.toItem(
                        new Certificate(caller.tenantId(), enrolment.studentId(), enrolmentId, courseId, course.type(),
                                course.details().lastDay().date(), expiry), now.atZone(Zones.AMSTERDAM).toLocalDate()))
                        .build()).build()
                : TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                        .key(CertificateItems.key(caller.tenantId(), enrolment.studentId(), enrolmentId)).build()).build();
        List<TransactWriteItem> written = List.of(
                ItemUpdate.of(EnrolmentItems.key(caller.tenantId(), courseId, enrolmentId))
                        .set(EnrolmentItems.PRESENT, AttributeValue.fromBool(request.present()))
                        .set(EnrolmentItems.PASSED, AttributeValue.fromBool(request.passed()))
                        .set("resultRecordedAt", Item.s(now.toString()))
                        .condition("#status = :confirmed AND #student = :student")
                        .name("#status", EnrolmentItems.STATUS).name("#student", EnrolmentItems.STUDENT_ID)
                        .value(":confirmed", Item.s(EnrolmentStatus.CONFIRMED.name()))
                        .value(":student", Item.s(enrolment.studentId()))
                        .toTransactItem(table),
                certificate,
                outbox.put(EventSources.ENROLMENT, ResultRecorded.of(caller.tenantId(), now, courseId, enrolmentId,
                        enrolment.studentId(), request.present(), request.passed(), expiry)));
        // the student's organisation keeps the result in its list; a change of that organisation meanwhile retries
        transactions.untilDone(() -> {
            StudentAsRead student = students.findForChange(caller.tenantId(), enrolment.studentId())
                    .orElseThrow(() -> ProblemException.conflict("The participant no longer exists."));
            List<TransactWriteItem> items = new ArrayList<>(written);
            items.addAll(StudentWrites.resultRecorded(table, student, result));
            TransactionWriter.Outcome outcome = transactions.write(items);
            if (outcome.conditionFailed(0)) {
                throw ProblemException.conflict("The enrolment changed meanwhile; please try again.");
            }
            return outcome.committed() ? recorded : null;
        });
        return recorded;
    }
}
