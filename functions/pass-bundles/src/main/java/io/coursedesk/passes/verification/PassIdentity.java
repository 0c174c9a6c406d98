package io.coursedesk.passes.verification;

/** Which pass a verification code stands for: one holder's one qualification, within one tenant. */
public record PassIdentity(String tenantId, String holderId, String qualificationId) {
}
