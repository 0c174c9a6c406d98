package io.coursedesk.enrolment.dashboard;

import io.coursedesk.enrolment.enrolment.CompletedCourse;
import io.coursedesk.enrolment.enrolment.CompletedCourses;
import io.coursedesk.enrolment.invitations.InvitationStatus;
import io.coursedesk.enrolment.invitations.StudentInvitation;
import io.coursedesk.enrolment.invitations.StudentInvitations;
import io.coursedesk.enrolment.licences.Seats;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.OrganisationResultRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contact person's main screen (manual 000): the first open invitations, the first students by name, the courses
 * the organisation's students completed in the last {@value #RECENT_DAYS} days, and the licences used of the total.
 * The two lists show their first {@value #PREVIEW} (their own routes page through all); the completed courses come
 * from the organisation's results list (the one the course-results export reads), not from each student's
 * enrolments, so the students linked are never read one by one.
 */
@Singleton
public class OrganisationDashboard {
    static final int PREVIEW = 10;
    static final int RECENT_DAYS = 90;
    static final int RECENT_SHOWN = 20;

    private final OrganisationRepository organisations;
    private final StudentInvitations invitations;
    private final StudentRepository students;
    private final OrganisationResultRepository results;
    private final CompletedCourses completedCourses;
    private final Clock clock;

    public OrganisationDashboard(OrganisationRepository organisations, StudentInvitations invitations,
                                 StudentRepository students, OrganisationResultRepository results,
                                 CompletedCourses completedCourses, Clock clock) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.students = students;
        this.results = results;
        this.completedCourses = completedCourses;
        this.clock = clock;
    }

    public Dashboard of(Caller caller, String organisationId) {
        AccessPolicy.requireOrganisation(caller, organisationId, "Organisation " + organisationId);
        Seats seats = organisations.find(caller.tenantId(), organisationId, Seats::of)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
        Slice<StudentInvitation, PagePosition> open = invitations.page(caller.tenantId(), organisationId,
                InvitationStatus.OPEN, PREVIEW, null);
        Slice<Student, PagePosition> shown = students.pageByOrganisation(caller.tenantId(), organisationId, PREVIEW, null);
        LocalDate from = LocalDate.now(clock.withZone(Zones.AMSTERDAM)).minusDays(RECENT_DAYS);
        List<RecordedResult> recentResults = new ArrayList<>();
        results.forEachSince(caller.tenantId(), organisationId, from, recentResults::add);
        List<CompletedCourse> completed = completedCourses.of(caller.tenantId(), recentResults).stream()
                .limit(RECENT_SHOWN).toList();
        Map<String, Student> linked = students.findAll(caller.tenantId(),
                completed.stream().map(CompletedCourse::studentId).distinct().toList());
        List<RecentCompletion> recent = completed.stream()
                .filter(course -> linked.containsKey(course.studentId()))
                .map(course -> new RecentCompletion(linked.get(course.studentId()), course))
                .toList();
        return new Dashboard(organisationId, seats, open.items(), open.next() != null, shown.items(),
                shown.next() != null, recent);
    }

    /**
     * @param moreOpenInvitations whether open invitations follow the ones shown
     * @param moreStudents        whether students follow the ones shown
     */
    public record Dashboard(String organisationId, Seats seats, List<StudentInvitation> openInvitations,
                            boolean moreOpenInvitations, List<Student> students, boolean moreStudents,
                            List<RecentCompletion> recentlyCompleted) {
    }

    /** A completed course with its student. */
    public record RecentCompletion(Student student, CompletedCourse course) {
    }
}
