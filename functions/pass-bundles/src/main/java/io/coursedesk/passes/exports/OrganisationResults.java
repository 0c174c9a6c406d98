package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.StudentItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recorded course results of an organisation's students, read through keys: the organisation's students from
 * their GSI2 partition (by name), then per student their enrolments (GSI1, by course date) and, if they passed any,
 * their certificates (their own partition), {@value #READERS} students at a time, and the courses not seen yet in
 * one BatchGetItem per chunk. Rows go to the consumer a chunk of {@value #CHUNK} students at a time, in name and
 * course order, so memory holds one chunk and the courses, never the whole export.
 */
@Singleton
public class OrganisationResults {
    static final int READERS = 16;
    static final int CHUNK = 200;

    private final TableReads reads;
    private final EnrolmentRepository enrolments;
    private final CertificateRepository certificates;
    private final CourseRepository courses;
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
        Thread thread = new Thread(runnable, "course-results-reader");
        thread.setDaemon(true);
        return thread;
    });

    public OrganisationResults(TableReads reads, EnrolmentRepository enrolments, CertificateRepository certificates,
                               CourseRepository courses) {
        this.reads = reads;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.courses = courses;
    }

    /** Hands every recorded result of the organisation's students to {@code rows}. */
    public void forEach(String tenantId, String organisationId, Consumer<CourseResult> rows) {
        List<Student> students = reads.index(Table.GSI2, Table.GSI2_PK,
                StudentItems.organisationListing(tenantId, organisationId)).stream().map(StudentItems::fromItem).toList();
        Map<String, Course> knownCourses = new HashMap<>();
        for (int from = 0; from < students.size(); from += CHUNK) {
            List<StudentResults> chunk = students.subList(from, Math.min(from + CHUNK, students.size())).stream()
                    .map(student -> CompletableFuture.supplyAsync(() -> read(tenantId, student), readers))
                    .toList().stream().map(CompletableFuture::join).toList();
            List<String> unknown = chunk.stream().flatMap(s -> s.results().stream()).map(Enrolment::courseId)
                    .filter(id -> !knownCourses.containsKey(id)).distinct().toList();
            knownCourses.putAll(courses.findAll(tenantId, unknown));
            for (StudentResults student : chunk) {
                for (Enrolment result : student.results()) {
                    Course course = knownCourses.get(result.courseId());
                    if (course != null) {
                        Certificate certificate = student.certificates().get(result.id());
                        rows.accept(new CourseResult(student.student(), course, result,
                                certificate == null ? null : certificate.expiryDate()));
                    }
                }
            }
        }
    }

    private StudentResults read(String tenantId, Student student) {
        List<Enrolment> results = new ArrayList<>();
        for (Enrolment enrolment : enrolments.listByStudent(tenantId, student.id())) {
            if (enrolment.status() == EnrolmentStatus.CONFIRMED && enrolment.present() != null) {
                results.add(enrolment);
            }
        }
        Map<String, Certificate> issued = results.stream().anyMatch(r -> Boolean.TRUE.equals(r.passed()))
                ? certificates.listByStudent(tenantId, student.id()).stream()
                        .collect(Collectors.toMap(Certificate::enrolmentId, Function.identity()))
                : Map.of();
        return new StudentResults(student, results, issued);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    private record StudentResults(Student student, List<Enrolment> results, Map<String, Certificate> certificates) {
    }
}
