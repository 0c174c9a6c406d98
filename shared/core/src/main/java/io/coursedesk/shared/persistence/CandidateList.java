package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Candidate;
import io.coursedesk.shared.domain.CandidateFilter;
import io.coursedesk.shared.domain.CandidateProgress;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Programme;
import io.coursedesk.shared.domain.ProgrammeProgress;
import io.coursedesk.shared.domain.Student;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An organisation's candidates with their progress (manual 004, "Voortgang kandidaten"), for the list route
 * (enrolment) and its Excel export (pass-bundles). Per page: the candidate links by name, and for each link read
 * one query of the student's enrolments and one BatchGetItem of their courses not read yet for the page; the
 * provider's programmes once; the page's students in one BatchGetItem. A name filter is applied to the link before
 * anything else is read for it.
 */
@Singleton
public class CandidateList {
    /** The export reads the list this many candidates at a time. */
    static final int EXPORT_CHUNK = 100;

    private final CandidateRepository candidates;
    private final ProgrammeRepository programmes;
    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;
    private final StudentRepository students;

    public CandidateList(CandidateRepository candidates, ProgrammeRepository programmes,
                         EnrolmentRepository enrolments, CourseRepository courses, StudentRepository students) {
        this.candidates = candidates;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.courses = courses;
        this.students = students;
    }

    /** One page of the organisation's candidates the filter keeps, by name. */
    public Slice<CandidateProgress, PagePosition> page(String tenantId, String organisationId, CandidateFilter filter,
                                                       int limit, PagePosition after) {
        Progress progress = new Progress(tenantId, programmes.all(tenantId), filter);
        Slice<Candidate, PagePosition> page = candidates.page(tenantId, organisationId,
                candidate -> candidate.nameMatches(filter.name()) && filter.keeps(progress.of(candidate)),
                limit, after);
        Map<String, Student> current = students.findAll(tenantId,
                page.items().stream().map(Candidate::studentId).toList());
        return page.map(candidate -> new CandidateProgress(candidate, current.get(candidate.studentId()),
                progress.of(candidate)));
    }

    /** Every candidate the filter keeps, by name, a chunk at a time (the export). */
    public void forEach(String tenantId, String organisationId, CandidateFilter filter,
                        Consumer<CandidateProgress> row) {
        PagePosition after = null;
        do {
            Slice<CandidateProgress, PagePosition> chunk = page(tenantId, organisationId, filter, EXPORT_CHUNK, after);
            chunk.items().forEach(row);
            after = chunk.next();
        } while (after != null);
    }

    /** The progress of the candidates of one page, each computed once, with the courses read once. */
    private final class Progress {
        private final String tenantId;
        private final List<Programme> all;
        private final CandidateFilter filter;
        private final Map<String, List<ProgrammeProgress>> byStudent = new HashMap<>();
        private final Map<String, Course> courseCache = new HashMap<>();

        Progress(String tenantId, List<Programme> all, CandidateFilter filter) {
            this.tenantId = tenantId;
            this.all = all;
            this.filter = filter;
        }

        List<ProgrammeProgress> of(Candidate candidate) {
            return byStudent.computeIfAbsent(candidate.studentId(), this::read);
        }

        private List<ProgrammeProgress> read(String studentId) {
            List<Enrolment> taken = enrolments.listByStudent(tenantId, studentId).stream()
                    .filter(e -> e.status() != EnrolmentStatus.CANCELLED).toList();
            Set<String> missing = taken.stream().map(Enrolment::courseId)
                    .filter(id -> !courseCache.containsKey(id)).collect(Collectors.toSet());
            if (!missing.isEmpty()) {
                courseCache.putAll(courses.findAll(tenantId, missing));
            }
            List<ProgrammeProgress.TakenCourse> withCourses = taken.stream()
                    .filter(e -> courseCache.containsKey(e.courseId()))
                    .map(e -> new ProgrammeProgress.TakenCourse(e, courseCache.get(e.courseId()))).toList();
            Set<String> types = withCourses.stream().map(t -> t.course().type()).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            return filter.shown(all.stream().filter(programme -> programme.followedBy(types))
                    .map(programme -> ProgrammeProgress.of(programme, withCourses)).toList());
        }
    }
}
