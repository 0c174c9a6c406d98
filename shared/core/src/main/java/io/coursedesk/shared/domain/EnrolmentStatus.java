package io.coursedesk.shared.domain;

public enum EnrolmentStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
