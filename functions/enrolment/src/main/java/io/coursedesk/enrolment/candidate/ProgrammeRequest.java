package io.coursedesk.enrolment.candidate;

import io.coursedesk.shared.domain.Programme;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** A programme as the provider admin sends it: a name and its steps in order. */
@Introspected
public record ProgrammeRequest(@NotBlank @Size(max = 200) String name,
                               @NotEmpty @Size(max = 50) List<@NotNull @Valid ProgrammeStepRequest> steps) {

    Programme toProgramme(String tenantId, String programmeId, Instant createdAt) {
        return new Programme(programmeId, tenantId, name.trim(),
                steps.stream().map(ProgrammeStepRequest::toStep).toList(), createdAt);
    }
}
