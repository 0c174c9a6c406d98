package io.coursedesk.enrolment.enrolment;

import io.coursedesk.enrolment.candidate.CandidateLinks;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.domain.PaymentCodeState;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EnrolmentWaitlisted;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.PaymentCodeItems;
import io.coursedesk.shared.persistence.PaymentCodeRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Enrols a student: a seat if the course has one, else a place on the waiting list. The seat is taken in
 * one transaction with the condition {@code confirmedCount < maxParticipants}, so no number of concurrent
 * requests can overfill a course; joining the waiting list holds only while the course is full and its line is as
 * read, so the position the event reports is exact. Each outcome's event is in its transaction. An enrolment paid
 * with a payment code marks the code used in the same transaction, on the condition that it is still unused, so of
 * two enrolments racing for one code one is written and the other is refused with nothing written.
 */
@Singleton
public class Enrol {
    private static final int ENROLMENT = 0;
    private static final int STUDENT_MARKER = 1;
    private static final int COURSE = 2;
    /** After the outbox item: the payment code, when one pays. */
    private static final int PAYMENT_CODE = 4;

    private final EnrolmentLookup lookup;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final StudentRepository students;
    private final OrganisationRepository organisations;
    private final PaymentCodeRepository paymentCodes;
    private final CandidateLinks candidateLinks;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;

    public Enrol(EnrolmentLookup lookup, CourseRepository courses, EnrolmentRepository enrolments,
                 StudentRepository students, OrganisationRepository organisations,
                 PaymentCodeRepository paymentCodes, CandidateLinks candidateLinks, Transactions transactions,
                 Outbox outbox, Clock clock) {
        this.lookup = lookup;
        this.courses = courses;
        this.enrolments = enrolments;
        this.students = students;
        this.organisations = organisations;
        this.paymentCodes = paymentCodes;
        this.candidateLinks = candidateLinks;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public EnrolmentResult enrol(Caller caller, String courseId, EnrolRequest request) {
        Course course = lookup.course(caller, courseId);
        InvalidFields invalid = new InvalidFields();
        Optional<Student> student = student(caller, request, invalid);
        Optional<PaymentCode> code = paymentCode(caller, request.paymentCode(), invalid);
        String payerOrganisationId = request.paymentCode() != null
                ? code.map(c -> payerWithCode(request.payer(), c, invalid)).orElse(null)
                : student.map(s -> payer(caller, request.payer(), s, invalid)).orElse(null);
        Optional<String> candidateOf = request.organisationCode() == null ? Optional.empty()
                : candidateLinks.organisationWith(caller.tenantId(), request.organisationCode(), invalid);
        invalid.throwIfAny();
        Enrolment enrolment = new Enrolment(Ids.newId(), caller.tenantId(), courseId, student.orElseThrow().id(),
                payerOrganisationId, EnrolmentStatus.CONFIRMED, clock.instant(), null, null, null,
                course.details().firstDay().date(), code.map(PaymentCode::code).orElse(null));
        PaymentCode.Usage usage = code.map(c -> new PaymentCode.Usage(enrolment.studentId(),
                student.get().fullName(), courseId, enrolment.id(), enrolment.enrolledAt())).orElse(null);
        List<TransactWriteItem> link = candidateOf.map(o -> candidateLinks.link(student.get(), o)).stream().toList();
        return transactions.untilDone(() -> attempt(enrolment, usage, link));
    }

    /**
     * @param usage the payment code's use, null when no code pays
     * @param link  the candidate link of an organisation code given with the enrolment, written with it (none: empty)
     */
    private EnrolmentResult attempt(Enrolment enrolment, PaymentCode.Usage usage, List<TransactWriteItem> link) {
        Course course = courses.find(enrolment.tenantId(), enrolment.courseId())
                .orElseThrow(() -> ProblemException.notFound("Course " + enrolment.courseId()));
        requireEnrollable(course);
        String table = transactions.tableName();
        TransactionWriter.Outcome seat = transactions.write(withCode(enrolment, usage, link, List.of(
                EnrolmentWrites.create(table, enrolment, course),
                EnrolmentWrites.claimStudent(table, enrolment, enrolment.studentId()),
                EnrolmentWrites.openCourse(course.tenantId(), course.id())
                        .add(CourseItems.CONFIRMED_COUNT, 1)
                        .condition("#confirmed < #max")
                        .name("#confirmed", CourseItems.CONFIRMED_COUNT).name("#max", CourseItems.MAX_PARTICIPANTS)
                        .toTransactItem(table),
                outbox.put(EventSources.ENROLMENT, EnrolmentConfirmed.of(enrolment.tenantId(), enrolment.enrolledAt(),
                        enrolment.courseId(), enrolment.id(), enrolment.studentId(), enrolment.payerOrganisationId())))));
        if (seat.committed()) {
            return new EnrolmentResult(enrolment, null);
        }
        requireCodeUnused(seat);
        requireNotEnrolled(seat);
        if (!seat.conditionFailed(COURSE)) {
            return null;
        }
        Enrolment waiting = enrolment.withStatus(EnrolmentStatus.WAITLISTED);
        int position = WaitingList.of(enrolments.listByCourse(course.tenantId(), course.id())).waiting().size() + 1;
        TransactionWriter.Outcome line = transactions.write(withCode(waiting, usage, link, List.of(
                EnrolmentWrites.create(table, waiting, course),
                EnrolmentWrites.claimStudent(table, waiting, waiting.studentId()),
                EnrolmentWrites.waitlistUnchanged(EnrolmentWrites.openCourse(course.tenantId(), course.id())
                        .add(CourseItems.WAITLIST_VERSION, 1)
                        .condition("#confirmed >= #max")
                        .name("#confirmed", CourseItems.CONFIRMED_COUNT).name("#max", CourseItems.MAX_PARTICIPANTS),
                        course).toTransactItem(table),
                outbox.put(EventSources.ENROLMENT, EnrolmentWaitlisted.of(waiting.tenantId(), waiting.enrolledAt(),
                        waiting.courseId(), waiting.id(), waiting.studentId(), position)))));
        if (line.committed()) {
            return new EnrolmentResult(waiting, position);
        }
        requireCodeUnused(line);
        requireNotEnrolled(line);
        // a seat came free or the course changed since it was read: read again
        return null;
    }

    private void requireEnrollable(Course course) {
        course.enrolmentRefusal(clock.instant()).ifPresent(reason -> {
            throw ProblemException.conflict(reason);
        });
    }

    /** The enrolment's items, and the payment code's use when one pays (at {@link #PAYMENT_CODE}). */
    /** The items, then the payment code's use (if any, at {@code PAYMENT_CODE}), then the candidate link (if any). */
    private List<TransactWriteItem> withCode(Enrolment enrolment, PaymentCode.Usage usage,
                                             List<TransactWriteItem> link, List<TransactWriteItem> items) {
        List<TransactWriteItem> all = new ArrayList<>(items);
        if (usage != null) {
            all.add(PaymentCodeItems.use(enrolment.tenantId(), enrolment.paymentCode(), usage)
                    .toTransactItem(transactions.tableName()));
        }
        all.addAll(link);
        return all;
    }

    private static void requireCodeUnused(TransactionWriter.Outcome outcome) {
        if (outcome.conditionFailed(PAYMENT_CODE)) {
            throw ProblemException.invalid("paymentCode", "has just been used or deactivated");
        }
    }

    private static void requireNotEnrolled(TransactionWriter.Outcome outcome) {
        if (outcome.conditionFailed(STUDENT_MARKER) || outcome.conditionFailed(ENROLMENT)) {
            throw ProblemException.conflict("The student is already enrolled on this course.");
        }
    }

    /** A student enrols themself; contacts and admins name a student they may see. */
    private Optional<Student> student(Caller caller, EnrolRequest request, InvalidFields invalid) {
        if (caller.isStudent()) {
            if (caller.studentId() == null
                    || (request.studentId() != null && !request.studentId().equals(caller.studentId()))) {
                throw ProblemException.forbidden("A student can only enrol themself.");
            }
            Optional<Student> self = students.find(caller.tenantId(), caller.studentId());
            invalid.check(self.isPresent(), "studentId", "has no student record");
            return self;
        }
        if (!invalid.required(request.studentId(), "studentId")) {
            return Optional.empty();
        }
        Optional<Student> student = students.find(caller.tenantId(), request.studentId())
                .filter(s -> AccessPolicy.canSeeStudent(caller, s.id(), s.organisationId()));
        invalid.check(student.isPresent(), "studentId", "is not a student you can enrol");
        return student;
    }

    /** The provider's unused code, if the request names one. */
    private Optional<PaymentCode> paymentCode(Caller caller, String text, InvalidFields invalid) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<PaymentCode> code = paymentCodes.find(caller.tenantId(), text);
        if (!invalid.check(code.isPresent(), "paymentCode", "is not a payment code of this provider")) {
            return Optional.empty();
        }
        PaymentCodeState state = code.get().state();
        invalid.check(state != PaymentCodeState.USED, "paymentCode", "has been used");
        invalid.check(state != PaymentCodeState.DEACTIVATED, "paymentCode", "has been deactivated");
        return state == PaymentCodeState.UNUSED ? code : Optional.empty();
    }

    /** The code's organisation pays; a payer, if given, must be that organisation. */
    private static String payerWithCode(String payer, PaymentCode code, InvalidFields invalid) {
        invalid.check(payer == null || payer.equals(code.organisationId()), "payer",
                "must be left out or be the payment code's organisation");
        return code.organisationId();
    }

    /**
     * @return the paying organisation's id, or null when the student pays; a student may name their organisation only
     * if it lets its people do so
     */
    private String payer(Caller caller, String payer, Student student, InvalidFields invalid) {
        if (!invalid.required(payer, "payer") || EnrolRequest.SELF.equals(payer)) {
            return null;
        }
        Optional<Organisation> organisation = Objects.equals(payer, student.organisationId())
                ? organisations.find(caller.tenantId(), payer) : Optional.empty();
        invalid.check(organisation.isPresent(), "payer", "must be SELF or the organisation the student is linked to");
        if (caller.isStudent() && organisation.filter(o -> !o.studentsMayNamePayer()).isPresent()) {
            throw ProblemException.forbidden("Your organisation does not let its people name it as payer themselves: "
                    + "choose SELF, or ask your contact person to enrol you.");
        }
        return payer;
    }
}
