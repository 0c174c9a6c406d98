package io.coursedesk.shared.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * A student linked to an organisation as candidate by its organisation code (manual 004), so the organisation sees
 * their progress. Not the contract link of {@link Student#organisationId()} (manual 000: licences, payer,
 * correspondence): a candidate may be anyone's employee, and the link gives the organisation nothing but the
 * progress list.
 *
 * @param firstName as when the link was last made (the list's order and name filter)
 */
public record Candidate(String studentId, String tenantId, String organisationId, String firstName, String lastName,
                        Instant linkedAt) {

    /** The student linked to the organisation now, under their current name. */
    public static Candidate linking(Student student, String organisationId, Instant now) {
        return new Candidate(student.id(), student.tenantId(), organisationId, student.firstName(), student.lastName(),
                now);
    }

    /** Whether the name filter (case-insensitive, part of "first last") keeps the candidate; null keeps everyone. */
    public boolean nameMatches(String query) {
        return query == null || (firstName + " " + lastName).toLowerCase(Locale.ROOT)
                .contains(query.trim().toLowerCase(Locale.ROOT));
    }
}
