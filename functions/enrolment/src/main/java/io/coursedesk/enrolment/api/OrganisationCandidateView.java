package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.CandidateProgress;
import io.coursedesk.shared.domain.ProgrammeProgress;
import io.coursedesk.shared.domain.StepKind;
import io.coursedesk.shared.domain.StepProgress;
import io.coursedesk.shared.domain.StepState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of the candidate list: the candidate and each step of the programmes they follow. */
public record OrganisationCandidateView(String studentId, String firstName, String lastName, String email,
                                        Instant linkedAt, List<CandidateProgramme> programmes) {

    static OrganisationCandidateView of(CandidateProgress progress) {
        return new OrganisationCandidateView(progress.candidate().studentId(), progress.firstName(), progress.lastName(),
                progress.student() == null ? null : progress.student().email(), progress.candidate().linkedAt(),
                progress.programmes().stream().map(CandidateProgramme::of).toList());
    }

    public record CandidateProgramme(String programmeId, String name, List<CandidateStep> steps) {
        static CandidateProgramme of(ProgrammeProgress progress) {
            return new CandidateProgramme(progress.programmeId(), progress.name(),
                    progress.steps().stream().map(CandidateStep::of).toList());
        }
    }

    /** @param decidedOn the last day of the course that passed or failed the step */
    public record CandidateStep(int position, StepKind kind, String courseType, StepState state, LocalDate decidedOn) {
        static CandidateStep of(StepProgress step) {
            return new CandidateStep(step.position(), step.step().kind(), step.step().courseType(), step.state(),
                    step.decidedOn());
        }
    }
}
