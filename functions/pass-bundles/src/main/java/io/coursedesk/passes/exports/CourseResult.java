package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Student;

import java.time.LocalDate;

/**
 * One row of the course-results export: a student's recorded result on a course.
 *
 * @param certificateExpiry null without a certificate, or when it does not expire
 */
public record CourseResult(Student student, Course course, Enrolment enrolment, LocalDate certificateExpiry) {
}
