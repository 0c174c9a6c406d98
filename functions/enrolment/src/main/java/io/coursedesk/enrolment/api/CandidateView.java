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
public record CandidateView(String studentId, String firstName, String lastName, String email, Instant linkedAt,
                            List<Programme> programmes) {

    static CandidateView of(CandidateProgress progress) {
        return new CandidateView(progress.candidate().studentId(), progress.firstName(), progress.lastName(),
                progress.student() == null ? null : progress.student().email(), progress.candidate().linkedAt(),
                progress.programmes().stream().map(Programme::of).toList());
    }

    public record Programme(String programmeId, String name, List<Step> steps) {
        static Programme of(ProgrammeProgress progress) {
            return new Programme(progress.programmeId(), progress.name(),
                    progress.steps().stream().map(Step::of).toList());
        }
    }

    /** @param decidedOn the last day of the course that passed or failed the step */
    public record Step(int position, StepKind kind, String courseType, StepState state, LocalDate decidedOn) {
        static Step of(StepProgress step) {
            return new Step(step.position(), step.step().kind(), step.step().courseType(), step.state(),
                    step.decidedOn());
        }
    }
}
