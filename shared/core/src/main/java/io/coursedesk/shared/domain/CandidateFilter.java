package io.coursedesk.shared.domain;

import java.util.List;

/**
 * The candidate list's filters; null filters keep everyone.
 *
 * @param programmeId only candidates following this programme, and only its progress shown
 * @param stepState   only candidates with a step (of the programmes shown) in this state
 * @param name        part of the candidate's name, case-insensitive
 */
public record CandidateFilter(String programmeId, StepState stepState, String name) {

    /** The programmes the list shows of a candidate. */
    public List<ProgrammeProgress> shown(List<ProgrammeProgress> followed) {
        return programmeId == null ? followed
                : followed.stream().filter(p -> p.programmeId().equals(programmeId)).toList();
    }

    /** Whether the candidate with this progress (already {@link #shown}) is listed. */
    public boolean keeps(List<ProgrammeProgress> shown) {
        return (programmeId == null || !shown.isEmpty())
                && (stepState == null || shown.stream().anyMatch(p -> p.anyStepIn(stepState)));
    }
}
