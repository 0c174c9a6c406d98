package io.coursedesk.shared.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A programme ("opleidingstraject", manual 004's "Vakmanschapsroute"): an ordered list of steps a candidate takes.
 * A candidate follows it once they have an enrolment (not cancelled) on a course of any of its steps' types.
 */
public record Programme(String id, String tenantId, String name, List<ProgrammeStep> steps, Instant createdAt) {

    public Programme {
        steps = List.copyOf(steps);
    }

    /** Whether a candidate enrolled on courses of these types follows the programme. */
    public boolean followedBy(Set<String> courseTypes) {
        return steps.stream().anyMatch(step -> courseTypes.contains(step.courseType()));
    }
}
