package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.dashboard.OrganisationDashboard.Dashboard;
import io.coursedesk.enrolment.enrolment.CompletedCourse;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's dashboard: the first open invitations and students (their own lists page through all), the
 * courses its students recently completed, latest first, and its licences used of the total.
 */
public record DashboardView(String organisationId, int licences, int licencesUsed,
                            List<StudentInvitationView> openInvitations, boolean moreOpenInvitations,
                            List<StudentView> students, boolean moreStudents, List<Completion> recentlyCompleted) {

    static DashboardView of(Dashboard dashboard) {
        return new DashboardView(dashboard.organisationId(), dashboard.seats().licences(), dashboard.seats().used(),
                dashboard.openInvitations().stream().map(StudentInvitationView::of).toList(),
                dashboard.moreOpenInvitations(), dashboard.students().stream().map(StudentView::of).toList(),
                dashboard.moreStudents(), dashboard.recentlyCompleted().stream().map(recent -> {
                    CompletedCourse course = recent.course();
                    return new Completion(recent.student().id(), recent.student().firstName(),
                            recent.student().lastName(), course.enrolmentId(), course.courseId(), course.courseType(),
                            course.lastDay(), course.passed(), course.certificateExpiryDate());
                }).toList());
    }

    /** A course a student completed, with the student's name. */
    public record Completion(String studentId, String firstName, String lastName, String enrolmentId,
                             String courseId, String courseType, LocalDate lastDay, boolean passed,
                             LocalDate certificateExpiryDate) {
    }
}
