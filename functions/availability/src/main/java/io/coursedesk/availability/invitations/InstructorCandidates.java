package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The provider's instructors qualified for a course's type, each marked busy or not and with any invitation. */
@Singleton
public class InstructorCandidates {
    private final CourseGuard courses;
    private final InstructorRepository instructors;
    private final InvitationRepository invitations;
    private final BusyCheck busyCheck;

    public InstructorCandidates(CourseGuard courses, InstructorRepository instructors,
                                InvitationRepository invitations, BusyCheck busyCheck) {
        this.courses = courses;
        this.instructors = instructors;
        this.invitations = invitations;
        this.busyCheck = busyCheck;
    }

    /** A page of the candidates by name, after the position (null: from the start). */
    public Slice<Candidate, PagePosition> page(Caller caller, String courseId, int limit, PagePosition after) {
        Course course = courses.require(caller.tenantId(), courseId);
        Map<String, InstructorInvitation> invited = invitations.listForCourse(caller.tenantId(), courseId).stream()
                .collect(Collectors.toMap(InstructorInvitation::instructorId, Function.identity()));
        return instructors.page(caller.tenantId(), instructor -> instructor.isQualifiedFor(course.type()), limit, after)
                .map(instructor -> new Candidate(instructor, busyCheck.isBusy(instructor.id(), course),
                        invited.get(instructor.id())));
    }
}
