package io.coursedesk.shared.domain;

/**
 * One step of a programme: passed by passing a course of {@code courseType}.
 *
 * @param kind whether the step is a course or an exam; both are taken as courses of their type
 */
public record ProgrammeStep(StepKind kind, String courseType) {
}
