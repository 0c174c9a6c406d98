package io.coursedesk.enrolment.candidate;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Programme;
import io.coursedesk.shared.domain.ProgrammeStep;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.ProgrammeRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * The provider admin's programmes. A step is passed by a course of its type, so one type appears once in a
 * programme (a second step of the same type could never differ from the first): 400 naming the repeated step.
 */
@Singleton
public class Programmes {
    private final ProgrammeRepository programmes;
    private final Clock clock;

    public Programmes(ProgrammeRepository programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    public Programme create(Caller caller, ProgrammeRequest request) {
        Programme programme = valid(request.toProgramme(caller.tenantId(), Ids.newId(), clock.instant()));
        programmes.create(programme);
        return programme;
    }

    public Programme replace(Caller caller, String programmeId, ProgrammeRequest request) {
        Programme existing = find(caller, programmeId);
        Programme programme = valid(request.toProgramme(caller.tenantId(), existing.id(), existing.createdAt()));
        if (!programmes.replace(programme)) {
            throw ProblemException.notFound("Programme " + programmeId);
        }
        return programme;
    }

    public Programme find(Caller caller, String programmeId) {
        return programmes.find(caller.tenantId(), programmeId)
                .orElseThrow(() -> ProblemException.notFound("Programme " + programmeId));
    }

    public void remove(Caller caller, String programmeId) {
        if (!programmes.remove(caller.tenantId(), programmeId)) {
            throw ProblemException.notFound("Programme " + programmeId);
        }
    }

    private static Programme valid(Programme programme) {
        InvalidFields invalid = new InvalidFields();
        Set<String> types = new HashSet<>();
        for (int i = 0; i < programme.steps().size(); i++) {
            ProgrammeStep step = programme.steps().get(i);
            invalid.check(types.add(step.courseType()), "steps[" + i + "].courseType",
                    "is the course type of an earlier step");
        }
        invalid.throwIfAny();
        return programme;
    }
}
