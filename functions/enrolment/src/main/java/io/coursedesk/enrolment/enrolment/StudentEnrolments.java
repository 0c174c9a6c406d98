package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** A student's own enrolments, by course date. */
@Singleton
public class StudentEnrolments {
    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;

    public StudentEnrolments(EnrolmentRepository enrolments, CourseRepository courses) {
        this.enrolments = enrolments;
        this.courses = courses;
    }

    public List<StudentEnrolment> of(Caller caller) {
        if (caller.studentId() == null) {
            return List.of();
        }
        List<Enrolment> own = enrolments.listByStudent(caller.tenantId(), caller.studentId());
        Map<String, Course> byId = courses.findAll(caller.tenantId(), own.stream().map(Enrolment::courseId).toList());
        return own.stream().filter(e -> byId.containsKey(e.courseId())).map(e -> {
            Course course = byId.get(e.courseId());
            Integer position = e.status() == EnrolmentStatus.WAITLISTED
                    ? WaitingList.of(enrolments.listByCourse(caller.tenantId(), e.courseId())).positionOf(e.id())
                    : null;
            return new StudentEnrolment(e.id(), e.courseId(), course.type(), course.details().days(),
                    course.details().location(), e.status(), position, e.present(), e.passed());
        }).toList();
    }
}
