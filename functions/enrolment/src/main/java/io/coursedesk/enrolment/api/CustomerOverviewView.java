package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.people.CustomerOverview;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.http.page.Page;

import java.time.LocalDate;
import java.util.List;

/** "Toon klant": the customer, and a page of its students with their courses. */
public record CustomerOverviewView(OrganisationView organisation, Page<Student> students) {

    public record Student(String studentId, String firstName, String lastName, String email, List<CourseTaken> courses) {
        static Student of(CustomerOverview.StudentCourses row) {
            return new Student(row.student().id(), row.student().firstName(), row.student().lastName(),
                    row.student().email(), row.courses().stream().map(CourseTaken::of).toList());
        }
    }

    /** @param passed the result, once recorded */
    public record CourseTaken(String enrolmentId, String courseId, String courseType, LocalDate firstDay,
                              EnrolmentStatus status, Boolean present, Boolean passed) {
        static CourseTaken of(CustomerOverview.CourseTaken taken) {
            return new CourseTaken(taken.enrolment().id(), taken.course().id(), taken.course().type(),
                    taken.course().details().firstDay().date(), taken.enrolment().status(),
                    taken.enrolment().present(), taken.enrolment().passed());
        }
    }
}
