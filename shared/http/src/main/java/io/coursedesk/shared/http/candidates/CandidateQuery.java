package io.coursedesk.shared.http.candidates;

import io.coursedesk.shared.domain.CandidateFilter;
import io.coursedesk.shared.domain.StepState;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.ProgrammeRepository;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The candidate list's filters as query parameters, the same on the list ({@code GET
 * /organisations/{id}/candidates}) and its export ({@code GET /exports/candidates.xlsx}); a controller takes them as
 * {@code @Valid @RequestBean CandidateQuery query}.
 */
@Introspected
public record CandidateQuery(
        @Parameter(description = "Only candidates following this programme, and only its steps shown")
        @Nullable @QueryValue @Size(max = 64) String programmeId,
        @Parameter(description = "Only candidates with a step (of the programmes shown) in this state: PASSED, "
                + "FAILED (a retake is needed) or PENDING")
        @Nullable @QueryValue @Pattern(regexp = "PASSED|FAILED|PENDING", message = "must be PASSED, FAILED or PENDING")
        String stepState,
        @Parameter(description = "Part of the candidate's name, case-insensitive")
        @Nullable @QueryValue @Size(max = 100) String name) {

    /**
     * The filter; a {@code programmeId} that is not one of the provider's programmes is a 400 naming it.
     */
    public CandidateFilter toFilter(String tenantId, ProgrammeRepository programmes) {
        if (programmeId != null && programmes.find(tenantId, programmeId).isEmpty()) {
            throw ProblemException.invalid("programmeId", "is not one of the provider's programmes");
        }
        return new CandidateFilter(programmeId, stepState == null ? null : StepState.valueOf(stepState),
                name == null || name.isBlank() ? null : name);
    }

    /** What the list's cursors are bound to. */
    public Object[] scope(String organisationId) {
        return new Object[] {organisationId, programmeId, stepState, name};
    }
}
