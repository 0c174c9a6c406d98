package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.events.InstructorConfirmed;
import io.coursedesk.shared.events.InstructorInvited;
import io.coursedesk.shared.events.InstructorResponded;
import io.coursedesk.shared.events.InstructorsRejected;
import jakarta.inject.Singleton;

import java.util.List;

/** The mails of instructor availability: the invitation, the provider's notice, the confirmation, the rejections. */
@Singleton
class InstructorMails {
    static final String AVAILABLE = "AVAILABLE";

    private final CourseContexts contexts;

    InstructorMails(CourseContexts contexts) {
        this.contexts = contexts;
    }

    List<OutgoingEmail> invited(InstructorInvited event) {
        return contexts.find(event.tenantId(), event.courseId())
                .flatMap(context -> Recipients.address(event.instructorEmail(), event.instructorName())
                        .map(to -> OutgoingEmail.system("INSTRUCTOR#" + event.instructorId(), SystemEmail.INSTRUCTOR_INVITATION,
                                event.courseId(), to, context.model()
                                        .set("instructor.name", event.instructorName())
                                        .set("links.available", event.availableUrl())
                                        .set("links.unavailable", event.unavailableUrl())
                                        .set("links.respond", event.respondUrl()))))
                .map(List::of).orElse(List.of());
    }

    /** Only "available" is news for the provider; the notice goes to the provider's notification address. */
    List<OutgoingEmail> responded(InstructorResponded event) {
        if (!AVAILABLE.equals(event.answer())) {
            return List.of();
        }
        return contexts.find(event.tenantId(), event.courseId())
                .flatMap(context -> Recipients.address(context.provider().notificationEmail(), context.provider().name())
                        .map(to -> OutgoingEmail.system("PROVIDER", SystemEmail.INSTRUCTOR_AVAILABLE, event.courseId(), to,
                                context.model().set("instructor.name", event.instructorName()))))
                .map(List::of).orElse(List.of());
    }

    List<OutgoingEmail> confirmed(InstructorConfirmed event) {
        return contexts.find(event.tenantId(), event.courseId())
                .flatMap(context -> Recipients.address(event.instructorEmail(), event.instructorName())
                        .map(to -> OutgoingEmail.system("INSTRUCTOR#" + event.instructorId(), SystemEmail.INSTRUCTOR_CONFIRMATION,
                                event.courseId(), to, context.model()
                                        .set("instructor.name", event.instructorName())
                                        .set("instructor.role", "SECOND".equals(event.role()) ? "tweede instructeur" : "hoofdinstructeur"))))
                .map(List::of).orElse(List.of());
    }

    List<OutgoingEmail> rejected(InstructorsRejected event) {
        return contexts.find(event.tenantId(), event.courseId())
                .map(context -> event.instructors().stream()
                        .flatMap(instructor -> Recipients.address(instructor.email(), instructor.name())
                                .map(to -> OutgoingEmail.system("INSTRUCTOR#" + instructor.instructorId(),
                                        SystemEmail.INSTRUCTOR_REJECTION, event.courseId(), to,
                                        context.model().set("instructor.name", instructor.name()))).stream())
                        .toList())
                .orElse(List.of());
    }
}
