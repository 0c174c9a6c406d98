package io.coursedesk.enrolment.candidate;

import io.coursedesk.shared.domain.ProgrammeStep;
import io.coursedesk.shared.domain.StepKind;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param courseType the type of the courses that pass the step (an exam is held as a course of its type)
 */
@Introspected
public record ProgrammeStepRequest(@NotNull StepKind kind, @NotBlank @Size(max = 100) String courseType) {

    ProgrammeStep toStep() {
        return new ProgrammeStep(kind, courseType.trim());
    }
}
