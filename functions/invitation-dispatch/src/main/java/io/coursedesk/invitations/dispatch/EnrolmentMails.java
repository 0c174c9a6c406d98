package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.events.CourseCancelled;
import io.coursedesk.shared.events.EnrolmentCancelled;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EnrolmentPromoted;
import io.coursedesk.shared.events.EnrolmentWaitlisted;
import io.coursedesk.shared.events.ParticipantReplaced;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The mails of the enrolment events and of a cancelled course, each about one student, to the student or only
 * to their organisation's contact person.
 */
@Singleton
class EnrolmentMails {
    private static final Set<EnrolmentStatus> PARTICIPATING = EnumSet.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED);

    private final CourseContexts contexts;
    private final EnrolmentRepository enrolments;
    private final StudentRepository students;
    private final OrganisationRepository organisations;

    EnrolmentMails(CourseContexts contexts, EnrolmentRepository enrolments, StudentRepository students,
                   OrganisationRepository organisations) {
        this.contexts = contexts;
        this.enrolments = enrolments;
        this.students = students;
        this.organisations = organisations;
    }

    List<OutgoingEmail> confirmed(EnrolmentConfirmed event) {
        return aboutStudent(event.tenantId(), event.courseId(), event.studentId(), SystemEmail.ENROLMENT_CONFIRMATION,
                UnaryOperator.identity());
    }

    List<OutgoingEmail> waitlisted(EnrolmentWaitlisted event) {
        return aboutStudent(event.tenantId(), event.courseId(), event.studentId(), SystemEmail.WAITING_LIST,
                model -> model.set("waitingList.position", Integer.toString(event.position())));
    }

    List<OutgoingEmail> promoted(EnrolmentPromoted event) {
        return aboutStudent(event.tenantId(), event.courseId(), event.studentId(), SystemEmail.PROMOTION,
                UnaryOperator.identity());
    }

    List<OutgoingEmail> cancelled(EnrolmentCancelled event) {
        return aboutStudent(event.tenantId(), event.courseId(), event.studentId(), SystemEmail.CANCELLATION,
                UnaryOperator.identity());
    }

    /**
     * One mail about every participant still on the course, confirmed or on the waiting list; an enrolment
     * cancelled before had its own cancellation mail. Cancelling a course leaves its enrolments as they were,
     * so a redelivery finds the same participants.
     */
    List<OutgoingEmail> courseCancelled(CourseCancelled event) {
        Optional<CourseContext> context = contexts.find(event.tenantId(), event.courseId());
        if (context.isEmpty()) {
            return List.of();
        }
        List<String> participantIds = enrolments.listByCourse(event.tenantId(), event.courseId()).stream()
                .filter(enrolment -> PARTICIPATING.contains(enrolment.status()))
                .map(Enrolment::studentId).distinct().toList();
        Map<String, Student> byId = students.findAll(event.tenantId(), participantIds);
        return participantIds.stream().map(byId::get).filter(Objects::nonNull)
                .flatMap(student -> mailAbout(event.tenantId(), context.get(), student, SystemEmail.COURSE_CANCELLATION,
                        model -> model.student(student.firstName(), student.lastName())).stream())
                .toList();
    }

    /** One mail to the new participant and one to the previous, or one only when both go to the same address. */
    List<OutgoingEmail> replaced(ParticipantReplaced event) {
        Optional<CourseContext> context = contexts.find(event.tenantId(), event.courseId());
        Optional<Student> student = students.find(event.tenantId(), event.studentId());
        if (context.isEmpty() || student.isEmpty()) {
            return List.of();
        }
        Optional<Student> previous = students.find(event.tenantId(), event.previousStudentId());
        UnaryOperator<TemplateModel> names = model -> model
                .student(student.get().firstName(), student.get().lastName())
                .set("previousStudent.name", previous.map(Student::fullName).orElse(""));
        List<OutgoingEmail> mails = new ArrayList<>();
        for (Student about : previous.isPresent() ? List.of(student.get(), previous.get()) : List.of(student.get())) {
            mailAbout(event.tenantId(), context.get(), about, SystemEmail.REPLACEMENT, names)
                    .filter(mail -> mails.stream().noneMatch(m -> m.to().address().equalsIgnoreCase(mail.to().address())))
                    .ifPresent(mails::add);
        }
        return mails;
    }

    private List<OutgoingEmail> aboutStudent(String tenantId, String courseId, String studentId, SystemEmail kind,
                                             UnaryOperator<TemplateModel> extra) {
        Optional<CourseContext> context = contexts.find(tenantId, courseId);
        Optional<Student> student = students.find(tenantId, studentId);
        if (context.isEmpty() || student.isEmpty()) {
            return List.of();
        }
        UnaryOperator<TemplateModel> names = model -> model.student(student.get().firstName(), student.get().lastName());
        return mailAbout(tenantId, context.get(), student.get(), kind, model -> extra.apply(names.apply(model)))
                .map(List::of).orElse(List.of());
    }

    /** The mail about {@code about}, to them or their contact person; {@code variables} fills in the rest. */
    private Optional<OutgoingEmail> mailAbout(String tenantId, CourseContext context, Student about, SystemEmail kind,
                                              UnaryOperator<TemplateModel> variables) {
        Organisation organisation = about.organisationId() == null ? null
                : organisations.find(tenantId, about.organisationId()).orElse(null);
        return Recipients.forStudent(about, organisation).map(to -> OutgoingEmail.system("STUDENT#" + about.id(), kind,
                context.course().id(), to, variables.apply(context.model()).set("recipient.name", to.displayName())));
    }
}
