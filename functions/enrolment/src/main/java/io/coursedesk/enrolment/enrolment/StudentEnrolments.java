package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
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

    /** A page of the student's enrolments, after the position (null: from the start). */
    public Slice<StudentEnrolment, PagePosition> page(Caller caller, int limit, PagePosition after) {
        if (caller.studentId() == null) {
            return new Slice<>(List.of(), null);
        }
        Slice<Enrolment, PagePosition> own = enrolments.pageByStudent(caller.tenantId(), caller.studentId(), limit, after);
        Map<String, Course> byId = courses.findAll(caller.tenantId(), own.items().stream().map(Enrolment::courseId).toList());
        return new Slice<>(own.items().stream().filter(e -> byId.containsKey(e.courseId())).map(e -> {
            Course course = byId.get(e.courseId());
            Integer position = e.status() == EnrolmentStatus.WAITLISTED
                    ? WaitingList.of(enrolments.listByCourse(caller.tenantId(), e.courseId())).positionOf(e.id())
                    : null;
            return new StudentEnrolment(e.id(), e.courseId(), course.type(), course.details().days(),
                    course.details().location(), e.status(), position, e.present(), e.passed());
        }).toList(), own.next());
    }
}
