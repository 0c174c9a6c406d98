package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.Programme;
import io.coursedesk.shared.domain.ProgrammeStep;

import java.time.Instant;
import java.util.List;

public record ProgrammeView(String programmeId, String name, List<ProgrammeStep> steps, Instant createdAt) {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.id(), programme.name(), programme.steps(), programme.createdAt());
    }
}
