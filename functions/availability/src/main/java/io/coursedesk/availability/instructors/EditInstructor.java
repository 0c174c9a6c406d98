package io.coursedesk.availability.instructors;

import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Replaces an instructor's name, address, course types and kind, validated as at registration. Invitations
 * already sent keep the name and address they were sent to.
 */
@Singleton
public class EditInstructor {
    private final InstructorRepository instructors;

    public EditInstructor(InstructorRepository instructors) {
        this.instructors = instructors;
    }

    public Instructor edit(Caller caller, String instructorId, InstructorRequest request) {
        Instructor current = instructors.find(caller.tenantId(), instructorId)
                .orElseThrow(() -> ProblemException.notFound("Instructor " + instructorId));
        Set<String> courseTypes = request.distinctCourseTypes();
        Instructor edited = new Instructor(current.id(), current.tenantId(), request.name().trim(),
                request.email().trim(), courseTypes, request.isExternal(), current.createdAt());
        if (!instructors.replace(edited)) {
            throw ProblemException.notFound("Instructor " + instructorId);
        }
        return edited;
    }
}
