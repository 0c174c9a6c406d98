package io.coursedesk.shared.http.security;

import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.tenancy.Caller;

import java.util.Objects;

/**
 * Who may see what inside a tenant, in one place: an admin sees everything of their provider, a contact
 * only their own organisation and its people, a student only themself. What a caller may not see is
 * answered as "not found", exactly like an id that does not exist, so ids cannot be probed.
 * (Across tenants nothing is ever found: every key starts with the caller's tenant.)
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean canSeeOrganisation(Caller caller, String organisationId) {
        return caller.isProviderAdmin()
                || (caller.isOrganisationContact() && Objects.equals(caller.organisationId(), organisationId));
    }

    /** A student record is visible to admins, to the student, and to the contact of the student's organisation. */
    public static boolean canSeeStudent(Caller caller, String studentId, String studentOrganisationId) {
        return caller.isProviderAdmin()
                || (caller.isStudent() && Objects.equals(caller.studentId(), studentId))
                || (caller.isOrganisationContact() && studentOrganisationId != null
                    && Objects.equals(caller.organisationId(), studentOrganisationId));
    }

    public static void requireOrganisation(Caller caller, String organisationId, String what) {
        if (!canSeeOrganisation(caller, organisationId)) {
            throw ProblemException.notFound(what);
        }
    }

    public static void requireStudent(Caller caller, String studentId, String studentOrganisationId, String what) {
        if (!canSeeStudent(caller, studentId, studentOrganisationId)) {
            throw ProblemException.notFound(what);
        }
    }
}
