package io.coursedesk.shared.tenancy;

/**
 * What one signed-in person (a Cognito user, by its {@code sub}) is at one provider: the claims their ID token
 * carries when they act there. Written by CourseDesk only (accounts, onboarding), never by the user.
 *
 * @param userId         the Cognito user's {@code sub}
 * @param organisationId set for an organisation contact
 * @param studentId      set for a student
 */
public record Membership(String userId, String tenantId, Role role, String organisationId, String studentId) {
}
