package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Finds the caller's course and refuses changes to instructor planning once the course is over or cancelled. */
@Singleton
public class CourseGuard {
    private final CourseRepository courses;
    private final Clock clock;

    public CourseGuard(CourseRepository courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    /** The course of the caller's provider; another provider's course is "not found" like an unknown one. */
    public Course require(String tenantId, String courseId) {
        return courses.find(tenantId, courseId).orElseThrow(() -> ProblemException.notFound("Course " + courseId));
    }

    public Course requirePlannable(String tenantId, String courseId) {
        Course course = require(tenantId, courseId);
        if (course.status() == CourseStatus.CANCELLED) {
            throw ProblemException.conflict("The course is cancelled.");
        }
        if (course.hasStarted(clock.instant())) {
            throw ProblemException.conflict("The course has already started.");
        }
        return course;
    }
}
