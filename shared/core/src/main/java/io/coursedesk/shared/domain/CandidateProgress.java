package io.coursedesk.shared.domain;

import java.util.List;

/**
 * A row of an organisation's candidate list: the link, the student as they are now (null if their record was
 * removed), and their progress on each programme they follow.
 */
public record CandidateProgress(Candidate candidate, Student student, List<ProgrammeProgress> programmes) {

    public CandidateProgress {
        programmes = List.copyOf(programmes);
    }

    public String firstName() {
        return student == null ? candidate.firstName() : student.firstName();
    }

    public String lastName() {
        return student == null ? candidate.lastName() : student.lastName();
    }
}
