package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.OrganisationResultRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The recorded course results of an organisation's students, in name and course order, from the organisation's
 * results list, which is kept in the order of the organisation's students by name. While one thread reads the
 * students by name and cuts them into chunks of {@value #STUDENTS_PER_CHUNK}, each chunk's entries (one range of
 * the list) are read with the courses they name, and the rows of the chunks before are written: at most
 * {@value #CHUNKS_AHEAD} chunks ahead of the writing, so memory holds the students and those chunks' entries,
 * never the whole list.
 */
@Singleton
public class OrganisationResults {
    public static final int STUDENTS_PER_CHUNK = 200;
    static final int CHUNKS_AHEAD = 4;
    private static final int KEYS_PER_BATCH = 100;
    private static final Comparator<RecordedResult> BY_COURSE_DATE = Comparator.comparing(
                    RecordedResult::courseFirstDay, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RecordedResult::enrolmentId);
    /** Follows the last chunk. */
    private static final CompletableFuture<Chunk> END = CompletableFuture.completedFuture(null);

    private final StudentRepository students;
    private final OrganisationResultRepository results;
    private final CourseRepository courses;
    /** The chunks' readers; the listings have their own threads, as they wait for the writing to take chunks. */
    private final ExecutorService readers = Executors.newFixedThreadPool(CHUNKS_AHEAD, daemons());
    private final ExecutorService listings = Executors.newCachedThreadPool(daemons());

    public OrganisationResults(StudentRepository students, OrganisationResultRepository results,
                               CourseRepository courses) {
        this.students = students;
        this.results = results;
        this.courses = courses;
    }

    /** Hands every recorded result of the organisation's students to {@code rows}. */
    public void forEach(String tenantId, String organisationId, Consumer<CourseResult> rows) {
        Map<String, Course> named = new ConcurrentHashMap<>();
        Queue ahead = new Queue();
        listings.execute(() -> {
            try {
                List<Student> chunk = new ArrayList<>();
                students.forEachOfOrganisation(tenantId, organisationId, STUDENTS_PER_CHUNK, student -> {
                    chunk.add(student);
                    if (chunk.size() == STUDENTS_PER_CHUNK) {
                        ahead.put(read(tenantId, organisationId, List.copyOf(chunk), named));
                        chunk.clear();
                    }
                });
                if (!chunk.isEmpty()) {
                    ahead.put(read(tenantId, organisationId, chunk, named));
                }
                ahead.put(END);
            } catch (RuntimeException e) {
                ahead.put(CompletableFuture.failedFuture(e));
            }
        });
        try {
            for (Chunk chunk = ahead.take().join(); chunk != null; chunk = ahead.take().join()) {
                chunk.write(named, rows);
            }
        } finally {
            ahead.stopped = true;
        }
    }

    private CompletableFuture<Chunk> read(String tenantId, String organisationId, List<Student> chunk,
                                          Map<String, Course> named) {
        return CompletableFuture.supplyAsync(() -> {
            Map<String, List<RecordedResult>> byStudent = new HashMap<>();
            results.forEachOfStudents(tenantId, organisationId, chunk.get(0), chunk.get(chunk.size() - 1),
                    result -> byStudent.computeIfAbsent(result.studentId(), id -> new ArrayList<>()).add(result));
            byStudent.values().forEach(entries -> entries.sort(BY_COURSE_DATE));
            List<String> missing = byStudent.values().stream().flatMap(List::stream).map(RecordedResult::courseId)
                    .distinct().filter(id -> !named.containsKey(id)).toList();
            for (int from = 0; from < missing.size(); from += KEYS_PER_BATCH) {
                named.putAll(courses.findAll(tenantId, missing.subList(from, Math.min(missing.size(), from + KEYS_PER_BATCH))));
            }
            return new Chunk(chunk, byStudent);
        }, readers);
    }

    /** The chunks being read, in order; the listing stops adding when the writing stopped taking (it failed). */
    private static final class Queue {
        private final BlockingQueue<CompletableFuture<Chunk>> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        private volatile boolean stopped;

        void put(CompletableFuture<Chunk> chunk) {
            try {
                while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new IllegalStateException("the export stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the export's listing was interrupted", e);
            }
        }

        CompletableFuture<Chunk> take() {
            try {
                CompletableFuture<Chunk> next = chunks.poll(5, TimeUnit.MINUTES);
                if (next == null) {
                    throw new IllegalStateException("the course results were not read within 5 minutes");
                }
                return next;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the export was interrupted", e);
            }
        }
    }

    /** Students in name order and their entries, each student's in course order. */
    private record Chunk(List<Student> students, Map<String, List<RecordedResult>> byStudent) {
        void write(Map<String, Course> named, Consumer<CourseResult> rows) {
            for (Student student : students) {
                // a student without recorded results has no rows; entries of anyone not listed are not shown
                for (RecordedResult result : byStudent.getOrDefault(student.id(), List.of())) {
                    Course course = named.get(result.courseId());
                    if (course != null) {
                        rows.accept(new CourseResult(student, course, result));
                    }
                }
            }
        }
    }

    private static ThreadFactory daemons() {
        return runnable -> {
            Thread thread = new Thread(runnable, "course-results-reader");
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
        listings.shutdownNow();
    }
}
