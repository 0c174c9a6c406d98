package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;

import java.util.List;
import java.util.Optional;

/** A course's waiting list: its waiting enrolments in the order they enrolled. */
public record WaitingList(List<Enrolment> waiting) {

    /** @param enrolments every enrolment of one course, in enrolment order */
    public static WaitingList of(List<Enrolment> enrolments) {
        return new WaitingList(enrolments.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED).toList());
    }

    public Optional<Enrolment> first() {
        return waiting.stream().findFirst();
    }

    public List<Enrolment> first(int count) {
        return waiting.subList(0, Math.min(Math.max(count, 0), waiting.size()));
    }

    /** 1 for the first in line; null when the enrolment is not waiting. */
    public Integer positionOf(String enrolmentId) {
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id().equals(enrolmentId)) {
                return i + 1;
            }
        }
        return null;
    }
}
