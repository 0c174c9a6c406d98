package io.coursedesk.shared.domain;

public enum CourseStatus {
    OPEN,
    CANCELLED
}
