package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.EnrolmentStatus;

import java.util.List;

/** One of a student's own enrolments, with what they need to know about the course. */
public record StudentEnrolment(String enrolmentId, String courseId, String courseType, List<CourseDay> days,
                               String location, EnrolmentStatus status, Integer waitingListPosition,
                               Boolean present, Boolean passed) {
}
