package io.coursedesk.passes.documents;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The provider admin's printable attendance list of a course: its confirmed participants, by name. */
@Singleton
public class DownloadAttendanceList {
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final StudentRepository students;
    private final OrganisationRepository organisations;
    private final ProviderRepository providers;
    private final AttendanceListRenderer renderer;

    public DownloadAttendanceList(CourseRepository courses, EnrolmentRepository enrolments, StudentRepository students,
                                  OrganisationRepository organisations, ProviderRepository providers,
                                  AttendanceListRenderer renderer) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.students = students;
        this.organisations = organisations;
        this.providers = providers;
        this.renderer = renderer;
    }

    public PdfDownload forCourse(Caller caller, String courseId) {
        String tenantId = caller.tenantId();
        Course course = courses.find(tenantId, courseId)
                .orElseThrow(() -> ProblemException.notFound("Course " + courseId));
        List<String> studentIds = enrolments.listByCourse(tenantId, courseId).stream()
                .filter(e -> e.status() == EnrolmentStatus.CONFIRMED).map(Enrolment::studentId).toList();
        Map<String, Student> byId = students.findAll(tenantId, studentIds);
        Map<String, Organisation> employers = organisations.findAll(tenantId, byId.values().stream()
                .map(Student::organisationId).filter(Objects::nonNull).distinct().toList());
        List<AttendanceList.Participant> participants = studentIds.stream().map(byId::get).filter(Objects::nonNull)
                .map(s -> new AttendanceList.Participant(s.fullName(),
                        employers.containsKey(s.organisationId()) ? employers.get(s.organisationId()).name() : null,
                        s.birthDate()))
                .sorted(Comparator.comparing(AttendanceList.Participant::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        String providerName = course.details().whiteLabel() ? null
                : providers.find(tenantId).map(Provider::name).orElse(null);
        AttendanceList list = new AttendanceList(providerName, course.details().type(), course.details().dates(),
                course.details().location(), participants);
        return new PdfDownload(FileNames.join(".pdf", 1, "Presentielijst", course.details().type(),
                DutchText.date(course.details().firstDay().date())), render(list));
    }

    private byte[] render(AttendanceList list) {
        try {
            return renderer.render(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render an attendance list", e);
        }
    }
}
