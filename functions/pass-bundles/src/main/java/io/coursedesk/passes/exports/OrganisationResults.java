package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.OrganisationResultRepository;
import io.coursedesk.shared.persistence.StudentItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The recorded course results of an organisation's students, from the organisation's results list: its
 * {@value OrganisationResultRepository#RANGES} ranges read at once, beside the organisation's students (by name) and
 * then the courses named (BatchGetItem, 100 keys a request). Rows go to the consumer in name and course order.
 * Memory holds the list's entries, each as a few references (ids and dates shared), and the students, never the
 * rows' cells.
 */
@Singleton
public class OrganisationResults {
    private static final int KEYS_PER_BATCH = 100;
    private static final Comparator<Entry> BY_COURSE_DATE = Comparator.comparing(
            Entry::courseFirstDay, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Entry::enrolmentId);

    private final TableReads reads;
    private final OrganisationResultRepository results;
    private final CourseRepository courses;
    private final ExecutorService readers = Executors.newFixedThreadPool(OrganisationResultRepository.RANGES + 1,
            runnable -> {
                Thread thread = new Thread(runnable, "course-results-reader");
                thread.setDaemon(true);
                return thread;
            });

    public OrganisationResults(TableReads reads, OrganisationResultRepository results, CourseRepository courses) {
        this.reads = reads;
        this.results = results;
        this.courses = courses;
    }

    /** Hands every recorded result of the organisation's students to {@code rows}. */
    public void forEach(String tenantId, String organisationId, Consumer<CourseResult> rows) {
        CompletableFuture<List<Student>> students = CompletableFuture.supplyAsync(() -> reads.index(Table.GSI2,
                        Table.GSI2_PK, StudentItems.organisationListing(tenantId, organisationId)).stream()
                .map(StudentItems::fromItem).toList(), readers);
        // a student's entries all lie in one range, so each list is filled by one reader
        Map<String, List<Entry>> byStudent = new ConcurrentHashMap<>();
        Map<Object, Object> shared = new ConcurrentHashMap<>();
        IntStream.range(0, OrganisationResultRepository.RANGES)
                .mapToObj(range -> CompletableFuture.runAsync(() -> results.forEachInRange(tenantId, organisationId,
                        range, result -> byStudent.computeIfAbsent(result.studentId(), id -> new ArrayList<>())
                                .add(Entry.of(result, shared))), readers))
                .toList().forEach(CompletableFuture::join);
        Map<String, Course> named = courses(tenantId, byStudent.values().stream().flatMap(List::stream)
                .map(Entry::courseId).distinct().toList());
        // the list may still hold a student who left the organisation: only its students' rows are shown
        for (Student student : students.join()) {
            List<Entry> entries = byStudent.get(student.id());
            if (entries == null) {
                continue; // a student without recorded results has no rows
            }
            entries.sort(BY_COURSE_DATE);
            for (Entry entry : entries) {
                Course course = named.get(entry.courseId());
                if (course != null) {
                    rows.accept(new CourseResult(student, course, entry.toResult(student.id())));
                }
            }
        }
    }

    /** A list entry as held until its row is written: the student is its map key, ids and dates are shared. */
    private record Entry(String enrolmentId, String courseId, LocalDate courseFirstDay, boolean present,
                         boolean passed, LocalDate certificateExpiry) {
        static Entry of(RecordedResult result, Map<Object, Object> shared) {
            return new Entry(result.enrolmentId(), (String) shared(shared, result.courseId()),
                    (LocalDate) shared(shared, result.courseFirstDay()), result.present(), result.passed(),
                    (LocalDate) shared(shared, result.certificateExpiry()));
        }

        private static Object shared(Map<Object, Object> shared, Object value) {
            return value == null ? null : shared.computeIfAbsent(value, v -> v);
        }

        RecordedResult toResult(String studentId) {
            return new RecordedResult(studentId, enrolmentId, courseId, courseFirstDay, present, passed,
                    certificateExpiry);
        }
    }

    private Map<String, Course> courses(String tenantId, List<String> courseIds) {
        Map<String, Course> named = new HashMap<>();
        IntStream.range(0, (courseIds.size() + KEYS_PER_BATCH - 1) / KEYS_PER_BATCH)
                .mapToObj(i -> courseIds.subList(i * KEYS_PER_BATCH, Math.min(courseIds.size(), (i + 1) * KEYS_PER_BATCH)))
                .map(batch -> CompletableFuture.supplyAsync(() -> courses.findAll(tenantId, batch), readers))
                .toList().forEach(batch -> named.putAll(batch.join()));
        return named;
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }
}
