package io.coursedesk.accounts.signup;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.Role;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * A person becomes a student of a provider: linked to the provider's student record with their (verified) email
 * where one exists, a new record otherwise, and a {@code STUDENT} membership; with the organisation code their
 * sign-up gave, the organisation's candidate. Anyone may be a student of any
 * provider; every other role is given by CourseDesk (an operator, a provider admin).
 */
@Singleton
public class StudentAccounts {
    private final ProviderRepository providers;
    private final StudentRepository students;
    private final MembershipRepository memberships;
    private final PendingCandidacies candidacies;
    private final Clock clock;

    StudentAccounts(ProviderRepository providers, StudentRepository students, MembershipRepository memberships,
                    PendingCandidacies candidacies, Clock clock) {
        this.providers = providers;
        this.students = students;
        this.memberships = memberships;
        this.candidacies = candidacies;
        this.clock = clock;
    }

    /** Whether the id names a provider a person can sign up with. */
    public boolean providerExists(String providerId) {
        return Ids.isValid(providerId) && providers.find(providerId).isPresent();
    }

    /** Makes the person a student of the provider; empty if there is no such provider. */
    public Optional<Membership> join(String userId, String email, String name, String providerId) {
        if (!providerExists(providerId)) {
            return Optional.empty();
        }
        Student student = students.findByEmail(providerId, email).orElseGet(() -> created(providerId, email, name));
        Membership membership = new Membership(userId, providerId, Role.STUDENT, null, student.id());
        memberships.save(membership);
        candidacies.linkAwaiting(userId, student);
        return Optional.of(membership);
    }

    private Student created(String providerId, String email, String name) {
        String full = name == null || name.isBlank() ? email : name.trim();
        int space = full.indexOf(' ');
        Student student = new Student(Ids.newId(), providerId, space < 0 ? full : full.substring(0, space),
                space < 0 ? "" : full.substring(space + 1), email, null, null, clock.instant());
        students.save(student);
        return student;
    }
}
