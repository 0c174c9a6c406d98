package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.events.ParticipantReplaced;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hands an enrolment (seat or place in line) to a colleague of the participant (someone linked to the same
 * organisation) before the course starts, at no cost: the enrolment keeps its id, payer and position (a participant
 * who paid themself stays the payer: {@link EnrolmentItems#SELF_PAYER_ID}). The
 * colleague did not receive the course's invitation, so the enrolment no longer counts as invited (no reminder
 * goes to them until an invitation does).
 */
@Singleton
public class ReplaceParticipant {
    private static final int NEW_MARKER = 2;

    private final EnrolmentLookup lookup;
    private final StudentRepository students;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;

    public ReplaceParticipant(EnrolmentLookup lookup, StudentRepository students, Transactions transactions,
                              Outbox outbox, Clock clock) {
        this.lookup = lookup;
        this.students = students;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Enrolment replace(Caller caller, String courseId, String enrolmentId, ReplaceRequest request) {
        Enrolment enrolment = lookup.enrolment(caller, courseId, enrolmentId);
        Student current = students.find(caller.tenantId(), enrolment.studentId()).orElseThrow(
                () -> ProblemException.notFound("Enrolment " + enrolmentId));
        InvalidFields invalid = new InvalidFields();
        Optional<Student> colleague = Optional.empty();
        if (invalid.required(request.studentId(), "studentId")) {
            colleague = students.find(caller.tenantId(), request.studentId())
                    .filter(s -> AccessPolicy.canSeeStudent(caller, s.id(), s.organisationId()));
            if (invalid.check(colleague.isPresent(), "studentId", "is not a student you can enrol")) {
                invalid.check(!colleague.get().id().equals(current.id()), "studentId", "is already the participant");
                invalid.check(current.organisationId() != null
                                && Objects.equals(colleague.get().organisationId(), current.organisationId()),
                        "studentId", "is not a colleague of the participant (linked to the same organisation)");
            }
        }
        invalid.throwIfAny();
        String newStudentId = colleague.orElseThrow().id();
        return transactions.untilDone(() -> attempt(caller, courseId, enrolmentId, current.id(), newStudentId));
    }

    private Enrolment attempt(Caller caller, String courseId, String enrolmentId, String previousId, String newId) {
        Course course = lookup.course(caller, courseId);
        Enrolment enrolment = lookup.enrolment(caller, courseId, enrolmentId);
        Instant now = clock.instant();
        if (!enrolment.isActive()) {
            throw ProblemException.conflict("The enrolment is cancelled.");
        }
        if (!course.isOpen()) {
            throw ProblemException.conflict("The course is cancelled.");
        }
        if (course.hasStarted(now)) {
            throw ProblemException.conflict("The course has started; the participant can no longer be replaced.");
        }
        if (!enrolment.studentId().equals(previousId)) {
            throw ProblemException.conflict("The participant was replaced meanwhile.");
        }
        String table = transactions.tableName();
        ItemUpdate handOver = ItemUpdate.of(EnrolmentItems.key(caller.tenantId(), courseId, enrolmentId));
        if (enrolment.payerOrganisationId() == null) {
            handOver.setIfAbsent(EnrolmentItems.SELF_PAYER_ID, Item.s(previousId));
        }
        TransactionWriter.Outcome outcome = transactions.write(List.of(
                handOver.set(EnrolmentItems.STUDENT_ID, Item.s(newId))
                        .set(Table.GSI1_PK, Item.s(EnrolmentItems.studentPartition(caller.tenantId(), newId)))
                        .set("replacedAt", Item.s(now.toString()))
                        .remove(EnrolmentItems.INVITED_AT)
                        .condition("#student = :previous AND #status = :status")
                        .name("#student", EnrolmentItems.STUDENT_ID).name("#status", EnrolmentItems.STATUS)
                        .value(":previous", Item.s(previousId)).value(":status", Item.s(enrolment.status().name()))
                        .toTransactItem(table),
                EnrolmentWrites.releaseStudent(table, enrolment, previousId),
                EnrolmentWrites.claimStudent(table, enrolment, newId),
                outbox.put(EventSources.ENROLMENT, ParticipantReplaced.of(caller.tenantId(), now, courseId,
                        enrolmentId, previousId, newId))));
        if (outcome.conditionFailed(NEW_MARKER)) {
            throw ProblemException.conflict("The colleague is already enrolled on this course.");
        }
        return outcome.committed() ? enrolment.withStudent(newId) : null;
    }
}
