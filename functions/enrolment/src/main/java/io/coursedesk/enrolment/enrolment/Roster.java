package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.SortKey;
import io.coursedesk.shared.persistence.SortedPages;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The participants of a course and its waiting list, as far as the caller may see them: everyone for an
 * admin, the organisation's people for a contact, themself for a student. Cancelled enrolments are left out.
 */
@Singleton
public class Roster {
    private final EnrolmentLookup lookup;
    private final EnrolmentRepository enrolments;
    private final StudentRepository students;
    private final OrganisationRepository organisations;

    public Roster(EnrolmentLookup lookup, EnrolmentRepository enrolments, StudentRepository students,
                  OrganisationRepository organisations) {
        this.lookup = lookup;
        this.enrolments = enrolments;
        this.students = students;
        this.organisations = organisations;
    }

    /** A page of the roster in enrolment order, after the position (null: from the start). */
    public Slice<RosterEntry, SortKey> page(Caller caller, String courseId, int limit, SortKey after) {
        lookup.course(caller, courseId);
        List<Enrolment> all = enrolments.listByCourse(caller.tenantId(), courseId);
        WaitingList waitingList = WaitingList.of(all);
        List<Enrolment> active = all.stream().filter(Enrolment::isActive).toList();
        Map<String, Student> people = students.findAll(caller.tenantId(), active.stream().map(Enrolment::studentId).toList());
        List<Enrolment> visible = active.stream().filter(e -> {
            Student student = people.get(e.studentId());
            return AccessPolicy.canSeeStudent(caller, e.studentId(), student == null ? null : student.organisationId());
        }).toList();
        Slice<Enrolment, SortKey> page = SortedPages.page(visible, Roster::position, SortKey.ASCENDING, after, limit);
        Map<String, Organisation> employers = organisations.findAll(caller.tenantId(), page.items().stream()
                .map(e -> people.get(e.studentId())).filter(Objects::nonNull)
                .map(Student::organisationId).filter(Objects::nonNull).toList());
        return page.map(e -> {
            Student student = people.get(e.studentId());
            Organisation organisation = student == null || student.organisationId() == null
                    ? null : employers.get(student.organisationId());
            return new RosterEntry(e.id(), e.studentId(), student == null ? null : student.fullName(),
                    student == null ? null : student.organisationId(), organisation == null ? null : organisation.name(),
                    e.payerOrganisationId() == null ? EnrolRequest.SELF : e.payerOrganisationId(), e.status(),
                    waitingList.positionOf(e.id()), e.present(), e.passed(), e.invitedAt());
        });
    }

    /** The enrolment order ({@link EnrolmentRepository#ENROLMENT_ORDER}) as sort keys: enrolled at, then id. */
    private static SortKey position(Enrolment enrolment) {
        Instant at = enrolment.enrolledAt();
        return new SortKey(String.format("%020d%09d", at.getEpochSecond(), at.getNano()), enrolment.id());
    }
}
