package io.coursedesk.shared.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A candidate's standing on each step of one programme, derived from their enrolments' results. */
public record ProgrammeProgress(String programmeId, String name, List<StepProgress> steps) {

    public ProgrammeProgress {
        steps = List.copyOf(steps);
    }

    /**
     * A step is passed when any confirmed enrolment on a course of its type passed; failed (retake needed) when
     * results were recorded and none passed; pending otherwise.
     *
     * @param taken the candidate's enrolments with their courses
     */
    public static ProgrammeProgress of(Programme programme, List<TakenCourse> taken) {
        List<StepProgress> steps = new ArrayList<>();
        for (int i = 0; i < programme.steps().size(); i++) {
            ProgrammeStep step = programme.steps().get(i);
            List<TakenCourse> results = taken.stream()
                    .filter(t -> t.enrolment().status() == EnrolmentStatus.CONFIRMED)
                    .filter(t -> t.enrolment().passed() != null)
                    .filter(t -> Objects.equals(t.course().type(), step.courseType())).toList();
            Optional<TakenCourse> passed = latest(results.stream().filter(t -> t.enrolment().passed()).toList());
            Optional<TakenCourse> failed = latest(results);
            StepState state = passed.isPresent() ? StepState.PASSED
                    : failed.isPresent() ? StepState.FAILED : StepState.PENDING;
            LocalDate decidedOn = passed.or(() -> failed).map(TakenCourse::lastDay).orElse(null);
            steps.add(new StepProgress(i + 1, step, state, decidedOn));
        }
        return new ProgrammeProgress(programme.id(), programme.name(), steps);
    }

    private static Optional<TakenCourse> latest(List<TakenCourse> taken) {
        return taken.stream().max(Comparator.comparing(TakenCourse::lastDay));
    }

    public boolean anyStepIn(StepState state) {
        return steps.stream().anyMatch(step -> step.state() == state);
    }

    /** An enrolment of the candidate with its course. */
    public record TakenCourse(Enrolment enrolment, Course course) {
        LocalDate lastDay() {
            return course.details().lastDay().date();
        }
    }
}
