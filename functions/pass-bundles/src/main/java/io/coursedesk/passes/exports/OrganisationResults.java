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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The recorded course results of an organisation's students, read through keys: the organisation's students from
 * their GSI2 partition (by name), then per student their enrolments (GSI1, by course date), {@value #READERS}
 * students at a time; the certificates of the passed ones by their keys (BatchGetItem, 100 keys a request) and the
 * courses not seen yet likewise. Rows go to the consumer a chunk of {@value #CHUNK} students at a time, in name and
 * course order, so memory holds one chunk and the courses, never the whole export.
 */
@Singleton
public class OrganisationResults {
    static final int READERS = 16;
    static final int CHUNK = 500;
    private static final int KEYS_PER_BATCH = 100;

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
            List<Student> chunk = students.subList(from, Math.min(from + CHUNK, students.size()));
            List<List<Enrolment>> results = inParallel(chunk, student -> recorded(tenantId, student));
            List<Enrolment> passed = results.stream().flatMap(List::stream)
                    .filter(result -> Boolean.TRUE.equals(result.passed())).toList();
            Map<String, Certificate> issued = new HashMap<>();
            inParallel(batches(passed), batch -> certificates.findByEnrolments(tenantId, batch)).forEach(issued::putAll);
            List<String> unknown = results.stream().flatMap(List::stream).map(Enrolment::courseId)
                    .filter(id -> !knownCourses.containsKey(id)).distinct().toList();
            inParallel(batches(unknown), batch -> courses.findAll(tenantId, batch)).forEach(knownCourses::putAll);
            for (int i = 0; i < chunk.size(); i++) {
                for (Enrolment result : results.get(i)) {
                    Course course = knownCourses.get(result.courseId());
                    if (course != null) {
                        Certificate certificate = issued.get(result.id());
                        rows.accept(new CourseResult(chunk.get(i), course, result,
                                certificate == null ? null : certificate.expiryDate()));
                    }
                }
            }
        }
    }

    private List<Enrolment> recorded(String tenantId, Student student) {
        return enrolments.listByStudent(tenantId, student.id()).stream()
                .filter(e -> e.status() == EnrolmentStatus.CONFIRMED && e.present() != null).toList();
    }

    private <T, R> List<R> inParallel(List<T> inputs, Function<T, R> read) {
        return inputs.stream().map(input -> CompletableFuture.supplyAsync(() -> read.apply(input), readers))
                .toList().stream().map(CompletableFuture::join).toList();
    }

    private static <T> List<List<T>> batches(List<T> all) {
        return IntStream.range(0, (all.size() + KEYS_PER_BATCH - 1) / KEYS_PER_BATCH)
                .mapToObj(i -> all.subList(i * KEYS_PER_BATCH, Math.min(all.size(), (i + 1) * KEYS_PER_BATCH)))
                .toList();
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }
}
