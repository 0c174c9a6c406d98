package io.coursedesk.enrolment.candidate;

import io.coursedesk.shared.domain.Candidate;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.CandidateRepository;
import io.coursedesk.shared.persistence.OrganisationCodes;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Linking a student to an organisation as candidate by its code (manual 004: the code given at enrolment, by the
 * student or whoever enrols them, or on the student's own profile), and the organisation unlinking them.
 */
@Singleton
public class CandidateLinks {
    static final String FIELD = "organisationCode";

    private final OrganisationCodes codes;
    private final CandidateRepository candidates;
    private final OrganisationRepository organisations;
    private final StudentRepository students;
    private final TransactionWriter writer;
    private final Clock clock;

    public CandidateLinks(OrganisationCodes codes, CandidateRepository candidates,
                          OrganisationRepository organisations, StudentRepository students,
                          TransactionWriter writer, Clock clock) {
        this.codes = codes;
        this.candidates = candidates;
        this.organisations = organisations;
        this.students = students;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * The organisation with this code (given in any case), or empty with {@code organisationCode} invalid when the
     * provider has none with it.
     */
    public Optional<String> organisationWith(String tenantId, String code, InvalidFields invalid) {
        Optional<String> organisationId = codes.organisationWith(tenantId, code);
        invalid.check(organisationId.isPresent(), FIELD, "is not the code of an organisation");
        return organisationId;
    }

    /** The link's write, for the transaction of the enrolment the code was given with. */
    public TransactWriteItem link(Student student, String organisationId) {
        return candidates.link(candidate(student, organisationId));
    }

    /** The signed-in student gives a code on their profile. */
    public Candidate linkSelf(Caller caller, String code) {
        InvalidFields invalid = new InvalidFields();
        Optional<Student> student = caller.studentId() == null ? Optional.empty()
                : students.find(caller.tenantId(), caller.studentId());
        if (student.isEmpty()) {
            throw ProblemException.forbidden("Only a student with a student record can be a candidate.");
        }
        Optional<String> organisationId = organisationWith(caller.tenantId(), code, invalid);
        invalid.throwIfAny();
        Candidate candidate = candidate(student.get(), organisationId.orElseThrow());
        if (!writer.write(List.of(candidates.link(candidate))).committed()) {
            throw new IllegalStateException("an unconditional link was refused");
        }
        return candidate;
    }

    /** The organisation's contact (or the admin) unlinks a candidate; their enrolments and results stay theirs. */
    public void unlink(Caller caller, String organisationId, String studentId) {
        requireOrganisation(caller, organisationId);
        if (!candidates.unlink(caller.tenantId(), organisationId, studentId)) {
            throw ProblemException.notFound("Candidate " + studentId);
        }
    }

    /** The organisation's candidates are its contact's and the provider admin's; to anyone else it is not found. */
    public void requireOrganisation(Caller caller, String organisationId) {
        AccessPolicy.requireOrganisation(caller, organisationId, "Organisation " + organisationId);
        organisations.find(caller.tenantId(), organisationId)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
    }

    private Candidate candidate(Student student, String organisationId) {
        return Candidate.linking(student, organisationId, clock.instant());
    }
}
