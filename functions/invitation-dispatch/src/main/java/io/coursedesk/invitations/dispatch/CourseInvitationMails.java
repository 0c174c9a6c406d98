package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.MessageTemplate;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.events.CourseInvitationRequested;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mails of a course invitation. To students: one per confirmed participant (to the contact person where
 * the organisation wants that), or with a bulk template one per organisation contact listing its participants,
 * while participants without an organisation still get their own. To the instructor: the lead and the second.
 */
@Singleton
class CourseInvitationMails {
    static final String KIND = "TEMPLATE";

    private final CourseContexts contexts;
    private final EnrolmentRepository enrolments;
    private final StudentRepository students;
    private final OrganisationRepository organisations;
    private final InstructorRepository instructors;

    CourseInvitationMails(CourseContexts contexts, EnrolmentRepository enrolments, StudentRepository students,
                          OrganisationRepository organisations, InstructorRepository instructors) {
        this.contexts = contexts;
        this.enrolments = enrolments;
        this.students = students;
        this.organisations = organisations;
        this.instructors = instructors;
    }

    List<OutgoingEmail> requested(CourseInvitationRequested event) {
        return contexts.find(event.tenantId(), event.courseId())
                .map(context -> "INSTRUCTOR".equals(event.audience()) ? toInstructors(event, context) : toStudents(event, context))
                .orElse(List.of());
    }

    private List<OutgoingEmail> toInstructors(CourseInvitationRequested event, CourseContext context) {
        return Stream.of(context.course().details().leadInstructorId(), context.course().details().secondInstructorId())
                .filter(Objects::nonNull).distinct()
                .map(id -> instructors.find(event.tenantId(), id)).flatMap(Optional::stream)
                .flatMap(instructor -> Recipients.address(instructor.email(), instructor.name())
                        .map(to -> mail(event, "INSTRUCTOR#" + instructor.id(), to, context.model(), List.of())).stream())
                .toList();
    }

    private List<OutgoingEmail> toStudents(CourseInvitationRequested event, CourseContext context) {
        List<Enrolment> confirmed = enrolments.listByCourse(event.tenantId(), event.courseId()).stream()
                .filter(e -> e.status() == EnrolmentStatus.CONFIRMED).toList();
        Map<String, Student> byId = students.findAll(event.tenantId(), confirmed.stream().map(Enrolment::studentId).toList());
        Map<String, Organisation> organisationsById = organisations.findAll(event.tenantId(), byId.values().stream()
                .map(Student::organisationId).filter(Objects::nonNull).distinct().toList());

        List<OutgoingEmail> mails = new ArrayList<>();
        Map<Organisation, List<Enrolment>> byContact = new LinkedHashMap<>();
        for (Enrolment enrolment : confirmed) {
            Student student = byId.get(enrolment.studentId());
            if (student == null) {
                continue;
            }
            Organisation organisation = student.organisationId() == null ? null : organisationsById.get(student.organisationId());
            if (event.bulk() && Recipients.contact(organisation).isPresent()) {
                byContact.computeIfAbsent(organisation, o -> new ArrayList<>()).add(enrolment);
                continue;
            }
            Recipients.forStudent(student, organisation).ifPresent(to -> mails.add(mail(event, "STUDENT#" + student.id(), to,
                    context.model().student(student.firstName(), student.lastName()), List.of(enrolment.id()))));
        }
        byContact.forEach((organisation, group) -> mails.add(mail(event, "ORGANISATION#" + organisation.id(),
                Recipients.contact(organisation).orElseThrow(),
                context.model().studentList(group.stream().map(e -> byId.get(e.studentId()).fullName()).toList()),
                group.stream().map(Enrolment::id).toList())));
        return mails;
    }

    private static OutgoingEmail mail(CourseInvitationRequested event, String mailKey, EmailAddress to, TemplateModel model,
                                      List<String> invitedEnrolmentIds) {
        List<EmailAddress> cc = event.cc().stream().map(EmailAddress::of).toList();
        return new OutgoingEmail(mailKey, KIND, event.courseId(), to, cc, new MessageTemplate(event.subject(), event.body()),
                model, event.attachments(), invitedEnrolmentIds, List.of());
    }
}
