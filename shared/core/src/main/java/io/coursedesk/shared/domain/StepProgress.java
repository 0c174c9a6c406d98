package io.coursedesk.shared.domain;

import java.time.LocalDate;

/**
 * @param position  the step's place in its programme, from 1
 * @param decidedOn the last day of the course that decided a passed or failed step; null while pending
 */
public record StepProgress(int position, ProgrammeStep step, StepState state, LocalDate decidedOn) {
}
