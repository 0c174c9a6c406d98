package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Toon klant" (manual 001, Klantenbestand): a customer with its students, a page at a time, and the courses each of
 * them takes or took. A page costs its students' enrolment queries and one batch read of their courses.
 */
@Singleton
public class CustomerOverview {
    private final OrganisationRepository organisations;
    private final StudentRepository students;
    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;

    public CustomerOverview(OrganisationRepository organisations, StudentRepository students,
                            EnrolmentRepository enrolments, CourseRepository courses) {
        this.organisations = organisations;
        this.students = students;
        this.enrolments = enrolments;
        this.courses = courses;
    }

    /** One of the organisation's students and their courses, the latest first. */
    public record StudentCourses(Student student, List<CourseTaken> courses) {
    }

    public record CourseTaken(Enrolment enrolment, Course course) {
    }

    public <T> T organisation(Caller caller, String organisationId, Function<Item, T> read) {
        String what = "Organisation " + organisationId;
        AccessPolicy.requireOrganisation(caller, organisationId, what);
        return organisations.find(caller.tenantId(), organisationId, read).orElseThrow(() -> ProblemException.notFound(what));
    }

    /** A page of the organisation's students by name, after the position (null: from the start). */
    public Slice<StudentCourses, PagePosition> students(Caller caller, String organisationId, int limit,
                                                        PagePosition after) {
        Slice<Student, PagePosition> page = students.pageByOrganisation(caller.tenantId(), organisationId, limit, after);
        Map<String, List<Enrolment>> byStudent = page.items().stream().collect(Collectors.toMap(
                Student::id, s -> enrolments.listByStudent(caller.tenantId(), s.id())));
        Map<String, Course> courseById = courses.findAll(caller.tenantId(), byStudent.values().stream()
                .flatMap(List::stream).map(Enrolment::courseId).distinct().toList());
        return page.map(student -> new StudentCourses(student, byStudent.get(student.id()).stream()
                .filter(e -> courseById.containsKey(e.courseId()))
                .sorted(Comparator.comparing(Enrolment::courseFirstDay, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(e -> new CourseTaken(e, courseById.get(e.courseId()))).toList()));
    }
}
