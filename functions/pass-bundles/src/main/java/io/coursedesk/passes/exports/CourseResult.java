package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;

/** One row of the course-results export: a student's recorded result on a course. */
public record CourseResult(Student student, Course course, RecordedResult result) {
}
