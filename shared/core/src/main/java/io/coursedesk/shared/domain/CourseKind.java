package io.coursedesk.shared.domain;

/** A certified course issues certificates under the provider's own accreditation; an external one is run by another body. */
public enum CourseKind {
    CERTIFIED,
    EXTERNAL
}
