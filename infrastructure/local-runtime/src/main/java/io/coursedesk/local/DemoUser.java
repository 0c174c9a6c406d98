package io.coursedesk.local;

/**
 * A person of the demo world who can sign in locally, a user of the Cognito emulator; the ids are those the
 * functions gave the seeded records.
 *
 * @param role           {@code PROVIDER_ADMIN}, {@code ORGANISATION_CONTACT} or {@code STUDENT}
 * @param organisationId set for organisation contacts
 * @param studentId      set for students
 */
public record DemoUser(String email, String name, String role, String tenantId, String organisationId,
                       String studentId, String password) {
}
